#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

// What a handler answers; the server turns it into bytes (gzip, faults) in one place.
namespace sim {

struct Reply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool compressible = true;

    Reply &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

inline Reply jsonReply(const QJsonObject &object, int status = 200)
{
    return {status,
            "application/json",
            QJsonDocument(object).toJson(QJsonDocument::Compact),
            {},
            true};
}

// RFC 9457 problem details with the platform's stable `code`.
inline Reply problem(int status, const QString &code, const QString &title,
                     const QString &detail = {})
{
    QJsonObject body{{QStringLiteral("type"),
                      QString(QStringLiteral("https://onestop.example/problems/") + code)},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("code"), code}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    return {status,
            "application/problem+json",
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {},
            true};
}

inline QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// Every request that changes state carries one; its body's digest tells a replay from a reuse.
inline Reply missingIdempotencyKey()
{
    return problem(400, QStringLiteral("idempotency-key-required"),
                   QStringLiteral("An Idempotency-Key header is required"));
}

inline QByteArray sha256Hex(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

inline QByteArray etagOf(qint64 version)
{
    return "\"v" + QByteArray::number(version) + '"';
}

} // namespace sim
