# Precompiled headers: the Qt and standard headers nearly every file includes are parsed once per
# kind instead of once per file. Parsing them was most of a test file's compile time (QtTest brings
# in the whole of QtCore), and CI builds everything from scratch on two cores.
#
# Each kind has one donor target that compiles its header; twinha_pch(TARGET KIND) makes a target
# reuse it. GCC takes a precompiled header only if each macro defined when it was made is defined
# the same way for the file, so a donor has no definitions beyond those every Qt target of its kind
# has (the global ones, NDEBUG, QT_CORE_LIB, QT_NO_DEBUG; for widgets also those of Qt6::Widgets
# and Qt6::Charts). A file that cannot take it gets a -Winvalid-pch warning and includes the header
# itself, so the result never depends on the precompiled header being used.
#
# Kinds: core (libraries and programs), test (tests and benchmarks), widgets and widgets_test (the
# same with the console's QtWidgets headers, for targets that link twinha_ui).
option(TWINHA_PCH "Precompile the common Qt and standard headers (GCC only)" ON)
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    set(TWINHA_PCH OFF)
endif()

# _twinha_pch_donor(KIND LIBS HEADER...): LIBS give the donor its include folders and definitions.
function(_twinha_pch_donor kind libs)
    set(source ${PROJECT_BINARY_DIR}/pch/donor_${kind}.cpp)
    if(NOT EXISTS ${source})
        file(WRITE ${source} "// Compiles the precompiled header of kind ${kind} (cmake/Pch.cmake).\n")
    endif()
    add_library(twinha_pch_${kind} OBJECT ${source})
    set_target_properties(twinha_pch_${kind} PROPERTIES AUTOMOC OFF)
    set(headers)
    foreach(header ${ARGN})
        list(APPEND headers ${PROJECT_SOURCE_DIR}/cmake/pch/${header})
    endforeach()
    target_precompile_headers(twinha_pch_${kind} PRIVATE ${headers})
    target_link_libraries(twinha_pch_${kind} PRIVATE ${libs})
endfunction()

if(TWINHA_PCH)
    _twinha_pch_donor(core Qt6::Core core.h)
    _twinha_pch_donor(test Qt6::Core test.h)
    if(TWINHA_BUILD_CONSOLE)
        set(widget_libs Qt6::Widgets Qt6::Charts)
        _twinha_pch_donor(widgets "${widget_libs}" core.h widgets.h)
        _twinha_pch_donor(widgets_test "${widget_libs}" test.h widgets.h)
    endif()
endif()

# twinha_pch(TARGET KIND): TARGET's files use the precompiled header of KIND (see above).
function(twinha_pch target kind)
    if(NOT TWINHA_PCH)
        return()
    endif()
    target_precompile_headers(${target} REUSE_FROM twinha_pch_${kind})
    if(kind MATCHES "test$")
        # A test includes its own .moc, which leaves the target's moc file empty: loading the
        # precompiled header would be all that file costs.
        get_target_property(binary_dir ${target} BINARY_DIR)
        set_source_files_properties(${binary_dir}/${target}_autogen/mocs_compilation.cpp
            TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()
