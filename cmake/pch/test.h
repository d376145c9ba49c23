// Precompiled for the tests and benchmarks (cmake/Pch.cmake). <QtTest> brings in the whole of
// QtCore, so that is what is precompiled; QtTest itself cannot be, since its headers test
// QT_TESTCASE_SOURCEDIR, which differs from one test folder to the next.
#pragma once

#include <QtCore/QtCore>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
