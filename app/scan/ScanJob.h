#pragma once

#include "Scanner.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace casedesk {

// One scan as the window runs it: on a worker, its progress reported back on the owner's
// thread, cancellable at any time, the pages done kept whatever happens. One scan at a time.
class ScanJob : public QObject
{
    Q_OBJECT

public:
    explicit ScanJob(QObject *parent = nullptr);
    ~ScanJob() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // False (and nothing started) while another scan runs.
    bool start(const ScanSettings &settings);
    void cancel();

Q_SIGNALS:
    // `page` counts from 0; `percent` of that page read so far.
    void progress(int page, int percent);
    void finished(const casedesk::ScanResult &result);

private:
    QFutureWatcher<ScanResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace casedesk
