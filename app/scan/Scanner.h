#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <functional>

namespace casedesk {

// A scanner or document camera (高拍仪) as SANE lists it.
struct ScanDevice
{
    QString name; // SANE's device name ("test:0", "epson2:net:…"): what a scan asks for
    QString vendor;
    QString model;
    QString type; // "flatbed scanner", "virtual device", …
};

struct ScanSettings
{
    enum class Colour { Colour, Grey };
    enum class Source { Flatbed, Feeder, Duplex };
    QString device;
    int dpi = 200;
    Colour colour = Colour::Grey;
    Source source = Source::Flatbed;
    QSizeF pageMm{210, 297}; // A4; cut to what the device can scan
    // Further SANE options by name, as the device names them (the test device's
    // "test-picture", a driver's own settings).
    QHash<QString, QString> extra = {};
};

// What a scan brought back: the pages read before anything went wrong are kept.
struct ScanResult
{
    QList<QImage> pages; // each with its resolution set (dots per metre)
    QString error; // translated; empty when the scan ended normally
    bool cancelled = false;
};

// Scans through SANE (libsane from Debian). SANE is not made for several threads at once, so
// every call takes one lock; call scan() from a worker, never from the UI thread.
class Scanner
{
    Q_DECLARE_TR_FUNCTIONS(Scanner)

public:
    static constexpr int kMaxDpi = 600;
    static constexpr qsizetype kMaxPageBytes = 256ll << 20;
    static constexpr int kMaxPages = 500; // one batch from a feeder

    static QList<ScanDevice> devices(QString *error);
    // `progress(page, fraction of that page)` is called as data comes; `cancel` is polled
    // between reads and ends the scan with the pages done so far.
    static ScanResult scan(const ScanSettings &settings,
                           const std::function<void(int, double)> &progress,
                           const std::atomic_bool &cancel);
    // The clerk's words for a SANE status.
    static QString statusText(int saneStatus);
};

} // namespace casedesk
