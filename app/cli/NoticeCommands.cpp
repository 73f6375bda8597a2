// casedesk-cli notice, verify-notice and signing-cert: official notices from scripts.

#include "Commands.h"

#include "core/Profile.h"
#include "notices/NoticeIssuer.h"
#include "notices/NoticeNumbers.h"
#include "notices/NoticeTemplate.h"
#include "notices/PdfSignature.h"
#include "notices/SealRecord.h"
#include "platform/RestPlatformClient.h"
#include "security/CredentialStore.h"
#include "store/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace casedesk;

namespace cli {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("casedesk-cli", "%1 cannot be written: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

namespace {

// Tops up the kind's 文号 when few are left and the platform can be reached. Offline, the
// numbers already reserved are used; only when none is left does issuing fail.
void topUpNumbers(Profile &profile, CredentialStore &credentials, Database &db, const QString &kind,
                  int year)
{
    NoticeNumbers numbers(db);
    if (!numbers.needsTopUp(kind, year))
        return;
    QString error;
    std::unique_ptr<RestPlatformClient> client = signedInClient(profile, credentials, &error);
    if (!client)
        return;
    QEventLoop loop;
    client->reserveNoticeNumbers(kind, year, NoticeNumbers::kBlockSize,
                                 [&](const NumberBlock &block, const PlatformError &e) {
                                     if (!e.isError())
                                         numbers.addBlock(block);
                                     else
                                         err() << QCoreApplication::translate(
                                                          "casedesk-cli",
                                                          "Reserving 文号 failed: %1")
                                                          .arg(e.message)
                                               << '\n';
                                     loop.quit();
                                 });
    loop.exec();
}

} // namespace

std::unique_ptr<RestPlatformClient> signedInClient(Profile &profile, CredentialStore &credentials,
                                                   QString *error)
{
    const auto refreshToken = credentials.readNow(profile.refreshTokenKey(), error);
    if (!refreshToken || profile.server().isEmpty()) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("casedesk-cli",
                                                 "Not signed in: run casedesk-cli login first.");
        return nullptr;
    }
    auto client = std::make_unique<RestPlatformClient>(profile.server());
    client->setTlsPolicy(profile.tlsPolicy());
    client->setRefreshToken(*refreshToken);
    QObject::connect(client.get(), &PlatformClient::refreshTokenChanged, client.get(),
                     [&profile, &credentials](const QString &token) {
                         QString keychainError;
                         credentials.writeNow(profile.refreshTokenKey(), token, &keychainError);
                     });
    return client;
}

int signingCertificate(const QCommandLineParser &parser, const QStringList &args, Profile &profile)
{
    const QString sub = args.value(1);
    CredentialStore credentials;
    QString error;
    SigningCertificate cert;
    if (sub == QLatin1String("fetch") && args.size() == 2) {
        std::unique_ptr<RestPlatformClient> client = signedInClient(profile, credentials, &error);
        if (!client) {
            err() << error << '\n';
            return Failed;
        }
        PlatformError failure;
        QEventLoop loop;
        client->issueSigningCertificate([&](const SigningCertificate &c, const PlatformError &e) {
            cert = c;
            failure = e;
            loop.quit();
        });
        loop.exec();
        if (failure.isError()) {
            err() << failure.message << '\n';
            return Failed;
        }
    } else if (sub == QLatin1String("import") && args.size() == 3) {
        QFile file(args.at(2));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << QCoreApplication::translate("casedesk-cli", "%1 cannot be read: %2")
                             .arg(file.fileName(), file.errorString())
                  << '\n';
            return Failed;
        }
        cert.pkcs12 = file.readAll();
        if (!parser.isSet(QStringLiteral("password-stdin"))) {
            err() << QCoreApplication::translate(
                    "casedesk-cli",
                    "signing-cert import reads the password from standard input: pass "
                    "--password-stdin.")
                  << '\n';
            return Usage;
        }
        cert.password = QTextStream(stdin).readLine();
    } else {
        err() << QCoreApplication::translate(
                "casedesk-cli",
                "signing-cert fetch, or signing-cert import FILE.p12 --password-stdin.")
              << '\n';
        return Usage;
    }
    // Opened once here, so a wrong password is found now and not when a notice is due.
    const auto identity = SigningIdentity::fromPkcs12(cert.pkcs12, cert.password, &error);
    if (!identity) {
        err() << error << '\n';
        return Failed;
    }
    if (!writeFile(profile.signingCertificatePath(), cert.pkcs12, &error)
        || (!cert.caPem.isEmpty() && !writeFile(profile.trustedSigningCaPath(), cert.caPem, &error))
        || !credentials.writeNow(profile.signingPasswordKey(), cert.password, &error)) {
        err() << error << '\n';
        return Failed;
    }
    QFile::setPermissions(profile.signingCertificatePath(), QFile::ReadOwner | QFile::WriteOwner);
    out() << QCoreApplication::translate("casedesk-cli",
                                         "Signing certificate of %1, valid until %2, kept in %3; "
                                         "its password is in the "
                                         "keychain.")
                     .arg(identity->subject(),
                          identity->notAfter().toLocalTime().date().toString(Qt::ISODate),
                          QDir::toNativeSeparators(profile.signingCertificatePath()))
          << '\n';
    return Ok;
}

int notice(const QCommandLineParser &parser, const QStringList &args, Profile &profile)
{
    const QString kind = parser.value(QStringLiteral("kind"));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (args.size() != 2 || kind.isEmpty() || outPath.isEmpty()) {
        err() << QCoreApplication::translate("casedesk-cli",
                                             "notice CASE --kind KIND --out FILE.pdf; kinds: %1")
                         .arg(NoticeTemplate::kinds(profile.templatesDir())
                                      .join(QStringLiteral(", ")))
              << '\n';
        return Usage;
    }
    NoticeRequest request;
    request.kind = kind;
    request.caseId = args.at(1);
    for (const QString &value : parser.values(QStringLiteral("item")))
        request.corrections.append({value.section(QLatin1Char('='), 0, 0).trimmed(),
                                    value.section(QLatin1Char('='), 1).trimmed()});
    request.reasons = parser.value(QStringLiteral("reasons"));
    request.legalBasis = parser.value(QStringLiteral("legal-basis"));
    request.licenceNumber = parser.value(QStringLiteral("licence-number"));
    request.licenceValidUntil
            = QDate::fromString(parser.value(QStringLiteral("valid-until")), Qt::ISODate);
    if (parser.isSet(QStringLiteral("date"))) {
        request.date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!request.date.isValid()) {
            err() << QCoreApplication::translate("casedesk-cli",
                                                 "--date needs a date as yyyy-mm-dd.")
                  << '\n';
            return Usage;
        }
    }
    request.handler = parser.value(QStringLiteral("handler"));
    if (request.handler.isEmpty())
        request.handler = profile.displayName();

    CredentialStore credentials;
    QString error;
    const auto cache = openKeyedCache(profile, credentials);
    if (!cache)
        return Failed;
    // The 申报号 the applicant quotes works as well as the case id.
    request.caseId = cache->cases()->caseIdFor(request.caseId).value_or(request.caseId);
    const std::unique_ptr<Vault> vault = cache->vault();
    NoticeIssuer issuer(*cache->database(), *cache->cases(), vault.get(), profile.department(),
                        profile.templatesDir());
    issuer.setAuditLog(cache->audit());

    if (parser.isSet(QStringLiteral("draft"))) {
        const std::optional<NoticeDocument> draft = issuer.draft(request, &error);
        const std::optional<QByteArray> pdf = draft ? draft->pdf(&error) : std::nullopt;
        if (!pdf || !writeFile(outPath, *pdf, &error)) {
            err() << error << '\n';
            return Failed;
        }
        out() << QCoreApplication::translate("casedesk-cli",
                                             "Draft written to %1 (not numbered, not signed).")
                         .arg(outPath)
              << '\n';
        return Ok;
    }
    const std::optional<NoticeKeys> keys = NoticeKeys::load(credentials, profile, &error);
    if (!keys) {
        err() << error << '\n';
        return Failed;
    }
    const int year
            = (request.date.isValid() ? request.date : cache->cases()->platformToday()).year();
    topUpNumbers(profile, credentials, *cache->database(), kind, year);
    const std::optional<NoticeIssuer::Issued> issued
            = issuer.issue(request, *keys, profile.userName(), &error);
    if (!issued) {
        err() << error << '\n';
        return Failed;
    }
    const QByteArray record
            = QJsonDocument(issued->notice.sealRecord).toJson(QJsonDocument::Indented);
    if (!writeFile(outPath, issued->pdf, &error)
        || !writeFile(outPath + QStringLiteral(".seal.json"), record, &error)) {
        err() << error << '\n';
        return Failed;
    }
    out() << QCoreApplication::translate(
                     "casedesk-cli",
                     "%1 issued: %2 pages signed by %3, kept in the vault; it goes to the platform "
                     "with the next sync.")
                     .arg(issued->notice.number)
                     .arg(issued->pages)
                     .arg(keys->identity->subject())
          << '\n';
    out() << QCoreApplication::translate("casedesk-cli",
                                         "Written to %1 with its SM2 seal record %2.")
                     .arg(outPath, outPath + QStringLiteral(".seal.json"))
          << '\n';
    return Ok;
}

int verifyNotice(const QCommandLineParser &parser, const QStringList &args, Profile &profile)
{
    if (args.size() != 2) {
        err() << QCoreApplication::translate("casedesk-cli",
                                             "verify-notice FILE.pdf [--seal-record FILE]")
              << '\n';
        return Usage;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err() << QCoreApplication::translate("casedesk-cli", "%1 cannot be read: %2")
                         .arg(file.fileName(), file.errorString())
              << '\n';
        return Failed;
    }
    const QByteArray pdf = file.readAll();
    QList<QByteArray> trusted;
    QFile ca(profile.trustedSigningCaPath());
    if (ca.open(QIODevice::ReadOnly))
        trusted.append(ca.readAll());

    bool good = true;
    const PdfSignature::Check sig = PdfSignature::verify(pdf, trusted);
    out() << QCoreApplication::translate("casedesk-cli", "PDF signature:") << '\n';
    if (sig.signatureFound) {
        out() << "  "
              << QCoreApplication::translate("casedesk-cli", "signed by %1 at %2")
                         .arg(sig.signer, sig.signedAt.toLocalTime().toString(Qt::ISODate))
              << '\n';
        out() << "  "
              << (sig.intact ? QCoreApplication::translate(
                          "casedesk-cli", "intact: the signature matches the document")
                             : QCoreApplication::translate("casedesk-cli", "NOT intact"))
              << '\n';
        out() << "  "
              << (sig.coversWholeFile
                          ? QCoreApplication::translate("casedesk-cli", "covers the whole file")
                          : QCoreApplication::translate("casedesk-cli",
                                                        "does NOT cover the whole file"))
              << '\n';
        out() << "  "
              << (trusted.isEmpty() ? QCoreApplication::translate(
                          "casedesk-cli", "no trusted CA configured (notice/trustedCa)")
                          : sig.trusted ? QCoreApplication::translate(
                                    "casedesk-cli", "the certificate chains to the trusted CA")
                                        : QCoreApplication::translate(
                                                "casedesk-cli",
                                                "the certificate does NOT chain to the trusted CA"))
              << '\n';
    }
    for (const QString &p : sig.problems)
        out() << "  " << QCoreApplication::translate("casedesk-cli", "problem: %1").arg(p) << '\n';
    good = sig.signatureFound && sig.intact && sig.coversWholeFile && sig.problems.isEmpty()
            && (trusted.isEmpty() || sig.trusted);

    const QString recordPath = parser.isSet(QStringLiteral("seal-record"))
            ? parser.value(QStringLiteral("seal-record"))
            : args.at(1) + QStringLiteral(".seal.json");
    out() << QCoreApplication::translate("casedesk-cli", "SM2 seal record (%1):").arg(recordPath)
          << '\n';
    QFile recordFile(recordPath);
    if (!recordFile.open(QIODevice::ReadOnly)) {
        out() << "  " << QCoreApplication::translate("casedesk-cli", "not found") << '\n';
        good = false;
    } else {
        const SealRecord::Check seal
                = SealRecord::verify(pdf, QJsonDocument::fromJson(recordFile.readAll()).object());
        out() << "  "
              << QCoreApplication::translate("casedesk-cli", "%1, case %2, %3, issued %4 by %5")
                         .arg(seal.subject.number, seal.subject.caseNo, seal.subject.kind,
                              seal.subject.issuedAt, seal.subject.department)
              << '\n';
        out() << "  "
              << (seal.digestMatches ? QCoreApplication::translate("casedesk-cli",
                                                                   "SM3 digest matches the file")
                                     : QCoreApplication::translate(
                                             "casedesk-cli", "SM3 digest does NOT match the file"))
              << '\n';
        out() << "  "
              << (seal.signatureValid
                          ? QCoreApplication::translate("casedesk-cli",
                                                        "SM2 signature valid (key %1)")
                                    .arg(seal.publicKeySha256)
                          : QCoreApplication::translate("casedesk-cli", "SM2 signature NOT valid"))
              << '\n';
        for (const QString &p : seal.problems)
            out() << "  " << QCoreApplication::translate("casedesk-cli", "problem: %1").arg(p)
                  << '\n';
        good = good && seal.digestMatches && seal.signatureValid;
    }
    out() << (good ? QCoreApplication::translate("casedesk-cli",
                                                 "The notice is authentic and unaltered.")
                   : QCoreApplication::translate("casedesk-cli", "The notice does NOT verify."))
          << '\n';
    return good ? Ok : Failed;
}

} // namespace cli
