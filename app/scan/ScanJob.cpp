#include "ScanJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace casedesk {

ScanJob::ScanJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ScanResult>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

ScanJob::~ScanJob()
{
    // The worker reads the flag until it ends; ask it to stop, then wait for it.
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

bool ScanJob::start(const ScanSettings &settings)
{
    if (m_watcher.isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    // Progress crosses to this object's thread as a queued call. The job outlives the worker
    // (its destructor waits), and calls still queued when it goes are dropped with it.
    m_watcher.setFuture(QtConcurrent::run([this, settings, cancel]() {
        int lastPercent = -1;
        int lastPage = -1;
        return Scanner::scan(
                settings,
                [&](int page, double fraction) {
                    const int percent = int(fraction * 100);
                    if (page == lastPage && percent == lastPercent)
                        return;
                    lastPage = page;
                    lastPercent = percent;
                    QMetaObject::invokeMethod(
                            this, [this, page, percent] { Q_EMIT progress(page, percent); },
                            Qt::QueuedConnection);
                },
                *cancel);
    }));
    return true;
}

void ScanJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

} // namespace casedesk
