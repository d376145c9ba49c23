#pragma once

#include <cstdio>
#include <cstdlib>

// A property of the code under test that must hold for every input. A violation aborts, so that
// libFuzzer keeps the input as a crasher and the replay test in the normal build fails on it.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #condition);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
