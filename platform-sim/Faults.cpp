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
        else if (key == QLatin1String("corrupt"))
            f.corrupt = value;
        else if (key == QLatin1String("lose"))
            f.lose = value;
        else {
            *error = QStringLiteral(
                             "unknown fault '%1' (latency, error, drop, truncate, slow, burst, "
                             "corrupt, lose)")
                             .arg(key);
            return false;
        }
    }
    *out = f;
    return true;
}

bool FaultSpec::hits(double share, qint64 seq, quint32 salt)
{
    if (share <= 0)
        return false;
    // A fixed mix of the sequence number (splitmix64), so every run hits the same changes.
    quint64 z = quint64(seq) * 0x9E3779B97F4A7C15ull + salt;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return double(z % 1000000) < share * 1000000;
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
