// Material uploads (docs/platform-api.yaml, "Uploads"): a file is announced with its size and
// SHA-256, sent in chunks that each carry their own digest (Content-Digest, RFC 9530), and
// becomes a material of the case only when the whole file's digest matches. The offset the
// platform holds is the only truth: a chunk sent again after a lost answer is refused with it,
// so a client that was killed or cut off asks and goes on from there.
#include "District.h"
#include "SimRules.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace sim {

namespace {
constexpr qint64 kMaxUploadBytes = 200LL * 1024 * 1024;
constexpr qint64 kMaxChunkBytes = 8LL * 1024 * 1024;

const QStringList &uploadTypes()
{
    static const QStringList types{QStringLiteral("application/pdf"),
                                   QStringLiteral("application/ofd"), QStringLiteral("image/jpeg"),
                                   QStringLiteral("image/png"), QStringLiteral("image/tiff")};
    return types;
}

QJsonObject stateOf(const QSqlQuery &q)
{
    // Column order: see kStateColumns.
    QJsonObject o{{QStringLiteral("id"), q.value(0).toString()},
                  {QStringLiteral("caseId"), q.value(1).toString()},
                  {QStringLiteral("size"), q.value(2).toLongLong()},
                  {QStringLiteral("received"), q.value(3).toLongLong()},
                  {QStringLiteral("state"), q.value(4).toString()},
                  {QStringLiteral("chunkSize"), kMaxChunkBytes}};
    if (!q.value(5).isNull())
        o.insert(QStringLiteral("materialId"), q.value(5).toString());
    return o;
}

const char *const kStateColumns = "id, case_id, size, received, state, material_id";

// "sha-256=:BASE64:" among the header's digests; empty when absent or malformed.
QByteArray sha256Digest(const QByteArray &contentDigest)
{
    for (const QByteArray &part : contentDigest.split(',')) {
        const QByteArray item = part.trimmed();
        if (!item.startsWith("sha-256=:") || !item.endsWith(':'))
            continue;
        const QByteArray b64 = item.mid(9).chopped(1);
        const QByteArray raw = QByteArray::fromBase64(b64);
        if (raw.size() == 32)
            return raw.toHex();
    }
    return {};
}

bool mayUpload(const Account &user)
{
    return user.role == QLatin1String("Clerk") || user.role == QLatin1String("Chief");
}
} // namespace

QString SimServer::uploadsTable()
{
    return QStringLiteral(
            "CREATE TABLE uploads (id TEXT PRIMARY KEY, idem_key TEXT NOT NULL UNIQUE,"
            " body_sha256 TEXT NOT NULL, user TEXT NOT NULL, case_id TEXT NOT NULL,"
            " name TEXT NOT NULL, file_name TEXT NOT NULL, mime TEXT NOT NULL,"
            " category TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, replaces TEXT,"
            " received INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'open',"
            " material_id TEXT, created_at TEXT NOT NULL, completed_at TEXT)");
}

QString SimServer::uploadChunksTable()
{
    // Every chunk taken, kept after completion: tests count them and see where a resumed
    // upload went on. `data` is dropped once the file is whole.
    return QStringLiteral(
            "CREATE TABLE upload_chunks (upload_id TEXT NOT NULL, offset INTEGER NOT NULL,"
            " size INTEGER NOT NULL, sha256 TEXT NOT NULL, received_at TEXT NOT NULL, data BLOB,"
            " PRIMARY KEY (upload_id, offset))");
}

Reply SimServer::createUpload(const QHttpServerRequest &request, const QString &id,
                              const Account &user)
{
    const QByteArray key = header(request, "Idempotency-Key");
    if (key.isEmpty() || key.size() > 200)
        return missingIdempotencyKey();
    Reply failure;
    const std::optional<QJsonObject> c = loadCase(id, user, &failure);
    if (!c)
        return failure;
    if (!mayUpload(user))
        return problem(403, QStringLiteral("role-forbidden"),
                       QStringLiteral("Only a Clerk or a Chief uploads materials"));
    const QByteArray bodySha = sha256Hex(request.body());
    QSqlQuery q(m_db);
    q.prepare(
            QStringLiteral("SELECT body_sha256, user, case_id, %1 FROM uploads WHERE idem_key = ?")
                    .arg(QLatin1String(kStateColumns)));
    q.addBindValue(QString::fromLatin1(key));
    if (q.exec() && q.next()) {
        if (q.value(0).toByteArray() != bodySha || q.value(1).toString() != user.userName
            || q.value(2).toString() != id)
            return problem(422, QStringLiteral("idempotency-key-reused"),
                           QStringLiteral("This Idempotency-Key was used for another request"));
        QSqlQuery state(m_db);
        state.prepare(QStringLiteral("SELECT %1 FROM uploads WHERE idem_key = ?")
                              .arg(QLatin1String(kStateColumns)));
        state.addBindValue(QString::fromLatin1(key));
        state.exec();
        state.next();
        return jsonReply(stateOf(state), 200).header("Idempotent-Replayed", "true");
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    const QJsonObject body = doc.object();
    const QString name = body.value(QStringLiteral("name")).toString().trimmed();
    const QString fileName = body.value(QStringLiteral("fileName")).toString().trimmed();
    const QString mime = body.value(QStringLiteral("mimeType")).toString();
    const QString category
            = body.value(QStringLiteral("category")).toString(QStringLiteral("material"));
    const qint64 size = body.value(QStringLiteral("size")).toInteger(-1);
    const QString sha = body.value(QStringLiteral("sha256")).toString();
    const QString replaces = body.value(QStringLiteral("replaces")).toString();
    auto invalid = [](const QString &detail) {
        return problem(422, QStringLiteral("invalid-payload"), QStringLiteral("Upload refused"),
                       detail);
    };
    if (!doc.isObject())
        return invalid(QStringLiteral("The body must be an upload"));
    if (name.isEmpty() || name.size() > 200)
        return invalid(QStringLiteral("name is required (200 characters at most)"));
    if (fileName.isEmpty() || fileName.size() > 255 || fileName.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("fileName is required, without a folder"));
    if (!uploadTypes().contains(mime))
        return problem(415, QStringLiteral("unsupported-media-type"),
                       QStringLiteral("A material is a PDF, OFD, JPEG, PNG or TIFF file"));
    if (category != QLatin1String("material") && category != QLatin1String("receipt"))
        return invalid(QStringLiteral("category must be material or receipt"));
    if (size <= 0)
        return invalid(QStringLiteral("size must be positive"));
    if (size > kMaxUploadBytes)
        return problem(413, QStringLiteral("too-large"),
                       QStringLiteral("A material may be 200 MiB at most"));
    if (!QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(sha).hasMatch())
        return invalid(QStringLiteral("sha256 must be 64 lower-case hex digits"));
    if (!replaces.isEmpty()) {
        bool known = false;
        for (const QJsonValue &m : c->value(QStringLiteral("materials")).toArray())
            known = known || m.toObject().value(QStringLiteral("id")).toString() == replaces;
        if (!known)
            return invalid(QStringLiteral("replaces names no material of the case"));
    }
    const QString uploadId = QStringLiteral("up-") + QUuid::createUuid().toString(QUuid::Id128);
    q.prepare(QStringLiteral(
            "INSERT INTO uploads(id, idem_key, body_sha256, user, case_id, name, file_name, mime,"
            " category, size, sha256, replaces, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(uploadId), QVariant(QString::fromLatin1(key)),
          QVariant(QString::fromLatin1(bodySha)), QVariant(user.userName), QVariant(id),
          QVariant(name), QVariant(fileName), QVariant(mime), QVariant(category), QVariant(size),
          QVariant(sha), replaces.isEmpty() ? QVariant() : QVariant(replaces), QVariant(now())})
        q.addBindValue(v);
    if (!q.exec())
        return problem(500, QStringLiteral("internal"),
                       QStringLiteral("Storing the upload failed"));
    Reply answer = uploadState(id, uploadId, user);
    answer.status = 201;
    return answer;
}

Reply SimServer::uploadState(const QString &id, const QString &uploadId, const Account &user)
{
    Reply failure;
    if (!loadCase(id, user, &failure))
        return failure;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM uploads WHERE id = ? AND case_id = ?")
                      .arg(QLatin1String(kStateColumns)));
    q.addBindValue(uploadId);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such upload"),
                       uploadId);
    return jsonReply(stateOf(q));
}

Reply SimServer::uploadChunk(const QHttpServerRequest &request, const QString &id,
                             const QString &uploadId, const QString &offsetText,
                             const Account &user)
{
    Reply state = uploadState(id, uploadId, user);
    if (state.status != 200)
        return state;
    const QJsonObject upload = QJsonDocument::fromJson(state.body).object();
    const qint64 received = upload.value(QStringLiteral("received")).toInteger();
    const qint64 size = upload.value(QStringLiteral("size")).toInteger();
    const QByteArray chunk = request.body();
    bool ok = false;
    const qint64 offset = offsetText.toLongLong(&ok);
    if (upload.value(QStringLiteral("state")).toString() != QLatin1String("open"))
        return problem(409, QStringLiteral("upload-complete"),
                       QStringLiteral("The upload is complete"));
    if (!ok || offset != received) {
        Reply refused = problem(409, QStringLiteral("upload-offset-mismatch"),
                                QStringLiteral("The platform holds another offset"),
                                QStringLiteral("received %1").arg(received));
        QJsonObject body = QJsonDocument::fromJson(refused.body).object();
        body.insert(QStringLiteral("received"), received);
        refused.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return refused;
    }
    if (chunk.isEmpty() || chunk.size() > kMaxChunkBytes || offset + chunk.size() > size)
        return problem(413, QStringLiteral("chunk-size"),
                       QStringLiteral("A chunk is 1 byte to 8 MiB and ends within the file"));
    const QByteArray declared = sha256Digest(header(request, "Content-Digest"));
    if (declared.isEmpty())
        return problem(422, QStringLiteral("digest-required"),
                       QStringLiteral("Content-Digest: sha-256=:…: is required"));
    const QByteArray actual = sha256Hex(chunk);
    if (declared != actual)
        return problem(422, QStringLiteral("chunk-digest-mismatch"),
                       QStringLiteral("The chunk does not match its digest"),
                       QStringLiteral("offset %1").arg(offset));
    m_db.transaction();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO upload_chunks(upload_id, offset, size, sha256, "
                             "received_at, data) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(uploadId), QVariant(offset), QVariant(chunk.size()),
          QVariant(QString::fromLatin1(actual)), QVariant(now()), QVariant(chunk)})
        q.addBindValue(v);
    q.exec();
    q.prepare(QStringLiteral("UPDATE uploads SET received = ? WHERE id = ?"));
    q.addBindValue(offset + chunk.size());
    q.addBindValue(uploadId);
    q.exec();
    m_db.commit();
    return uploadState(id, uploadId, user);
}

Reply SimServer::completeUpload(const QString &id, const QString &uploadId, const Account &user)
{
    Reply failure;
    std::optional<QJsonObject> c = loadCase(id, user, &failure);
    if (!c)
        return failure;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, file_name, mime, category, size, sha256, replaces, "
                             "received, state, user FROM uploads WHERE id = ? AND case_id = ?"));
    q.addBindValue(uploadId);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such upload"),
                       uploadId);
    const QString name = q.value(0).toString();
    const QString fileName = q.value(1).toString();
    const QString mime = q.value(2).toString();
    const QString category = q.value(3).toString();
    const qint64 size = q.value(4).toLongLong();
    const QString sha = q.value(5).toString();
    const QString replaces = q.value(6).toString();
    const qint64 received = q.value(7).toLongLong();
    const QString uploader = q.value(9).toString();
    // A completion sent again after a lost answer: the case as it is, nothing changes.
    if (q.value(8).toString() == QLatin1String("complete"))
        return jsonReply(*c).header("ETag",
                                    etagOf(c->value(QStringLiteral("version")).toInteger()));
    if (received != size)
        return problem(409, QStringLiteral("upload-incomplete"),
                       QStringLiteral("Not every byte has arrived"),
                       QStringLiteral("received %1 of %2").arg(received).arg(size));
    q.prepare(QStringLiteral("SELECT data FROM upload_chunks WHERE upload_id = ? ORDER BY offset"));
    q.addBindValue(uploadId);
    q.exec();
    QByteArray content;
    content.reserve(size);
    while (q.next())
        content += q.value(0).toByteArray();
    if (QString::fromLatin1(sha256Hex(content)) != sha || content.size() != size) {
        // The chunks each matched their digest, the whole does not match the announced one: the
        // client announced another file than it sent. It starts again from nothing.
        m_db.transaction();
        q.prepare(QStringLiteral("DELETE FROM upload_chunks WHERE upload_id = ?"));
        q.addBindValue(uploadId);
        q.exec();
        q.prepare(QStringLiteral("UPDATE uploads SET received = 0 WHERE id = ?"));
        q.addBindValue(uploadId);
        q.exec();
        m_db.commit();
        return problem(422, QStringLiteral("checksum-mismatch"),
                       QStringLiteral("The file does not match its SHA-256"));
    }
    // A changed material is a new version beside the old one, which stays as it was.
    QJsonArray materials = c->value(QStringLiteral("materials")).toArray();
    int version = 1;
    const QString materialId = QStringLiteral("u") + uploadId.mid(3, 12);
    for (qsizetype i = 0; i < materials.size(); ++i) {
        QJsonObject m = materials.at(i).toObject();
        if (!replaces.isEmpty() && m.value(QStringLiteral("id")).toString() == replaces) {
            version = m.value(QStringLiteral("version")).toInt(1) + 1;
            m.insert(QStringLiteral("supersededBy"), materialId);
            materials[i] = m;
        }
    }
    const QString at = now();
    QJsonObject material{
            {QStringLiteral("id"), materialId},       {QStringLiteral("name"), name},
            {QStringLiteral("fileName"), fileName},   {QStringLiteral("mimeType"), mime},
            {QStringLiteral("size"), size},           {QStringLiteral("sha256"), sha},
            {QStringLiteral("version"), version},     {QStringLiteral("category"), category},
            {QStringLiteral("uploadedBy"), uploader}, {QStringLiteral("uploadedAt"), at}};
    if (!replaces.isEmpty())
        material.insert(QStringLiteral("replaces"), replaces);
    materials.append(material);
    m_db.transaction();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO files(key, mime, content) VALUES (?, ?, ?)"));
    q.addBindValue(QString(id + QLatin1Char('/') + materialId));
    q.addBindValue(mime);
    q.addBindValue(content);
    q.exec();
    q.prepare(QStringLiteral("UPDATE upload_chunks SET data = NULL WHERE upload_id = ?"));
    q.addBindValue(uploadId);
    q.exec();
    q.prepare(QStringLiteral("UPDATE uploads SET state = 'complete', material_id = ?, "
                             "completed_at = ? WHERE id = ?"));
    q.addBindValue(materialId);
    q.addBindValue(at);
    q.addBindValue(uploadId);
    q.exec();
    c->insert(QStringLiteral("materials"), materials);
    appendHistory(*c, at, user.userName, QStringLiteral("upload"), name);
    c->insert(QStringLiteral("version"), c->value(QStringLiteral("version")).toInteger() + 1);
    c->insert(QStringLiteral("updatedAt"), at);
    storeCase(*c);
    m_db.commit();
    return jsonReply(*c).header("ETag", etagOf(c->value(QStringLiteral("version")).toInteger()));
}

} // namespace sim
