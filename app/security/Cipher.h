#pragma once

#include <QByteArray>

#include <optional>

namespace casedesk {

// AES-256-GCM through OpenSSL. A sealed blob is nonce (12 bytes) | ciphertext | tag (16 bytes);
// every seal draws a fresh random nonce. `context` is authenticated, not stored: a blob opens
// only with the context it was sealed with, so two files cannot be swapped unnoticed.
namespace cipher {

constexpr int kKeySize = 32;

QByteArray randomKey();
QByteArray seal(const QByteArray &key, const QByteArray &plain, const QByteArray &context);
// Empty when the key, the context or a single bit of the blob is wrong.
std::optional<QByteArray> open(const QByteArray &key, const QByteArray &sealed,
                               const QByteArray &context);

} // namespace cipher
} // namespace casedesk
