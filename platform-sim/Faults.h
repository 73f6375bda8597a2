#pragma once

#include <QRandomGenerator>
#include <QString>

// Deliberate imperfection, so a client is tested against a busy, unreliable platform.
// `--faults
// latency=200,error=0.05,drop=0.02,truncate=0.02,slow=0.05,burst=0.01,corrupt=0.01,lose=0.01`
namespace sim {

struct FaultSpec
{
    int latencyMs = 0; // added to every answer
    double error = 0; // share answered 503 before the request is handled
    double drop = 0; // share whose connection is cut after handling, with no answer
    double truncate = 0; // share whose body is cut short after handling
    double slow = 0; // share whose body trickles out in pieces
    double burst = 0; // share that starts a burst of 429 answers
    // Faults of the data rather than the transport, decided by the change's sequence number so
    // the same change is always hit: a platform bug, not bad luck.
    double corrupt = 0; // share of case changes the feed sends damaged (GET /cases/{id} is whole)
    double lose = 0; // share of case changes the feed leaves out (the cache drifts)

    // Whether the change `seq` is one of `share`.
    static bool hits(double share, qint64 seq, quint32 salt);

    static bool parse(const QString &spec, FaultSpec *out, QString *error);
    bool any() const
    {
        return latencyMs > 0 || error > 0 || drop > 0 || truncate > 0 || slow > 0 || burst > 0
                || corrupt > 0 || lose > 0;
    }
};

enum class Fault { None, Error, Drop, Truncate, Slow, TooMany };

// Decides, deterministically from the seed, what happens to each request in turn.
class Faults
{
public:
    Faults(FaultSpec spec, quint64 seed) : m_spec(spec), m_rng(quint32(seed * 2654435761u)) { }
    const FaultSpec &spec() const { return m_spec; }
    Fault next();

private:
    FaultSpec m_spec;
    QRandomGenerator m_rng;
    int m_burstLeft = 0;
};

} // namespace sim
