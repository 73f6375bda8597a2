#pragma once

#include <QByteArray>
#include <QString>

namespace sim {

// The platform's demo certificate authority for notice signatures: a department asks for a
// signing certificate and gets it as a PKCS#12 file with a fresh password. The CA is made once
// and kept in the state folder, so every certificate it issues chains to the same root.
struct IssuedCertificate
{
    QByteArray pkcs12;
    QString password;
    QByteArray caPem;
    QString subject;
    QString notAfter; // ISO date
};

bool issueSigningCertificate(const QString &dataDir, const QString &departmentCode,
                             const QString &departmentName, IssuedCertificate *issued,
                             QString *error);

} // namespace sim
