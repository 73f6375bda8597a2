#pragma once

#include <QByteArray>
#include <QString>

namespace casedesk {

// SM2 signatures with SM3 (GM/T 0003, 0004) through OpenSSL, for the department's seal record
// and the approver's personal signature. Keys travel as PEM; a signature as DER.
namespace Sm2 {

// A new private key, PEM; empty with `error` set when this OpenSSL cannot make one.
QByteArray newPrivateKey(QString *error);
// The public half of `privatePem`, PEM; empty when `privatePem` is no SM2 key.
QByteArray publicKeyOf(const QByteArray &privatePem);
// SHA-256 of the public key's DER (SubjectPublicKeyInfo), hex: the key's id on the platform.
// Empty when `publicPem` is no SM2 key.
QString keyId(const QByteArray &publicPem);
// `message` signed under the distinguishing id `id` (it goes into Z); empty on failure.
QByteArray sign(const QByteArray &privatePem, const QByteArray &id, const QByteArray &message,
                QString *error);
bool verify(const QByteArray &publicPem, const QByteArray &id, const QByteArray &message,
            const QByteArray &signature);
// Whether `pem` holds an SM2 public key.
bool isPublicKey(const QByteArray &pem);

} // namespace Sm2

} // namespace casedesk
