#pragma once

#include "tests/netns/NetnsLab.h"

#include <QCoreApplication>
#include <QtTest>

#include <cstdio>

// main() for the netns fault tests: exits with 77, which ctest reports as skipped, and says why
// when the lab cannot run here (not root, no `ip netns`, no busybox).
#define TWINHA_NETNS_TEST_MAIN(TestClass)                                                                              \
    int main(int argc, char** argv)                                                                                    \
    {                                                                                                                  \
        QCoreApplication app(argc, argv);                                                                              \
        if (const QString why = twinha::tests::netns::NetnsLab::unavailableReason(); !why.isEmpty()) {                 \
            std::printf("SKIP: %s: %s\n", #TestClass, qPrintable(why));                                                \
            return 77;                                                                                                 \
        }                                                                                                              \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
