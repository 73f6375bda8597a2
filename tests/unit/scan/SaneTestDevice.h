#pragma once

// SANE with only its own virtual scanner (the "test" backend of libsane1, the frontend
// tester): a private SANE_CONFIG_DIR whose dll.conf says "test", so no real scanner on the
// machine is touched.
#include "scan/Scanner.h"

#include <QFile>
#include <QTemporaryDir>

#include <dlfcn.h>

class SaneTestDevice
{
public:
    // False with `error` when the device cannot be set up.
    bool setUp(QString *error)
    {
        QFile dll(m_config.filePath(QStringLiteral("dll.conf")));
        if (!dll.open(QIODevice::WriteOnly) || dll.write("test\n") < 0) {
            *error = dll.errorString();
            return false;
        }
        dll.close();
        qputenv("SANE_CONFIG_DIR", m_config.path().toLocal8Bit());
        // Held loaded until the process ends (never closed), so that SANE's unloading it after
        // each scan does not leave LeakSanitizer, which looks at exit, without the names of its
        // frames (it leaks a reader buffer of its own; tests/sanitizers/lsan.supp names it).
        if (!dlopen(SANE_BACKEND_DIR "/libsane-test.so.1", RTLD_NOW)) {
            *error = QString::fromLocal8Bit(dlerror());
            return false;
        }
        return true;
    }

    static casedesk::ScanSettings settings(int dpi = 100)
    {
        casedesk::ScanSettings s;
        s.device = QStringLiteral("test:0");
        s.dpi = dpi;
        return s;
    }

private:
    QTemporaryDir m_config;
};
