#include "Faults.h"

#include <QStringList>

namespace sim {

bool FaultSpec::parse(const QString &spec, FaultSpec *out, QString *error)
{
    FaultSpec f;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const double value = part.section(QLatin1Char('='), 1).toDouble(&ok);
        const bool share = key != QLatin1String("latency");
        if (!ok || value < 0 || (share && value > 1)) {
            *error = QStringLiteral("bad value in '%1'").arg(part);
            return false;
        }
        if (key == QLatin1String("latency"))
            f.latencyMs = int(value);
        else if (key == QLatin1String("error"))
            f.error = value;
        else if (key == QLatin1String("drop"))
            f.drop = value;
        else if (key == QLatin1String("truncate"))
            f.truncate = value;
        else if (key == QLatin1String("slow"))
            f.slow = value;
        else if (key == QLatin1String("burst"))
            f.burst = value;
        else {
            *error = QStringLiteral(
                             "unknown fault '%1' (latency, error, drop, truncate, slow, burst)")
                             .arg(key);
            return false;
        }
    }
    *out = f;
    return true;
}

Fault Faults::next()
{
    if (m_burstLeft > 0) {
        --m_burstLeft;
        return Fault::TooMany;
    }
    // One draw per request keeps the sequence reproducible for a given seed and request order.
    double roll = m_rng.generateDouble();
    if ((roll -= m_spec.error) < 0)
        return Fault::Error;
    if ((roll -= m_spec.drop) < 0)
        return Fault::Drop;
    if ((roll -= m_spec.truncate) < 0)
        return Fault::Truncate;
    if ((roll -= m_spec.slow) < 0)
        return Fault::Slow;
    if ((roll -= m_spec.burst) < 0) {
        m_burstLeft = 4;
        return Fault::TooMany;
    }
    return Fault::None;
}

} // namespace sim
