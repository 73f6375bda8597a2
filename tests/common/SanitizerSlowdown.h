#pragma once

// Included before everything else in sanitizer builds only (packaging/sanitize.sh): the code
// runs 2 to 15 times slower there, so every QTRY_* waits CASEDESK_TEST_SLOWDOWN times its
// timeout. A check that waits for something to happen still fails when it never happens, only
// later; nothing is judged by time.
#include <QtTest/qtestcase.h>

#ifndef CASEDESK_TEST_SLOWDOWN
#define CASEDESK_TEST_SLOWDOWN 1
#endif

#undef QTRY_IMPL
#define QTRY_IMPL(expr, timeout)                                                                  \
    const int qt_test_step = (timeout) < 350 ? (timeout) / 7 + 1 : 50;                           \
    const int qt_test_timeoutValue = (timeout) * CASEDESK_TEST_SLOWDOWN;                         \
    {                                                                                             \
        QTRY_LOOP_IMPL(expr, qt_test_timeoutValue, qt_test_step)                                  \
    }                                                                                             \
    QTRY_TIMEOUT_DEBUG_IMPL(expr, qt_test_timeoutValue, qt_test_step)
