#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace casedesk {

// Reads fields of one JSON object and remembers the first problem, with the field's path.
class RecordReader
{
public:
    RecordReader(QJsonObject object, QString path, QString *error)
        : m_object(std::move(object)), m_path(std::move(path)), m_error(error)
    {
    }

    bool ok() const { return m_ok; }

    QString string(const char *key, bool required = true)
    {
        const QJsonValue v = value(key, required, QJsonValue::String);
        return v.toString();
    }
    // An identifier as the contract allows one (docs/platform-api.yaml, Identifier): it names
    // files and URL paths, so a slash, a dot-dot or a control character must never get through.
    QString identifier(const char *key, bool required = true)
    {
        const QString text = string(key, required);
        if (m_object.value(QLatin1String(key)).isString() && !isIdentifier(text))
            fail(key, QCoreApplication::translate("JsonMapping", "is not an allowed identifier"));
        return text;
    }
    static bool isIdentifier(QStringView text)
    {
        if (text.isEmpty() || text.size() > 64)
            return false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            const bool alnum = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z')
                    || (c >= u'A' && c <= u'Z');
            if (!alnum && (i == 0 || (c != u'-' && c != u'_' && c != u'.')))
                return false;
        }
        return true;
    }
    qint64 integer(const char *key, bool required = true)
    {
        const QJsonValue v = value(key, required, QJsonValue::Double);
        const double d = v.toDouble();
        // Converting a double outside qint64 is undefined behaviour (fuzz_json found 1e90):
        // the range is checked first. 2^63 itself is one past the largest qint64.
        constexpr double kLimit = 9223372036854775808.0;
        if (v.isDouble() && !(d >= -kLimit && d < kLimit)) {
            fail(key, QCoreApplication::translate("JsonMapping", "is out of range"));
            return 0;
        }
        if (v.isDouble() && (d != static_cast<double>(static_cast<qint64>(d))))
            fail(key, QCoreApplication::translate("JsonMapping", "is not an integer"));
        return static_cast<qint64>(d);
    }
    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue v = value(key, false, QJsonValue::Bool);
        return v.isBool() ? v.toBool() : fallback;
    }
    QJsonObject object(const char *key, bool required = true)
    {
        return value(key, required, QJsonValue::Object).toObject();
    }
    QJsonArray array(const char *key, bool required = true)
    {
        return value(key, required, QJsonValue::Array).toArray();
    }
    QDateTime dateTime(const char *key, bool required = true)
    {
        const QString text = string(key, required);
        if (text.isEmpty())
            return {};
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            fail(key,
                 QCoreApplication::translate("JsonMapping", "is not an ISO 8601 date and time"));
        return dt;
    }
    QString path(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key)
                                : m_path + QLatin1Char('.') + QString::fromLatin1(key);
    }
    void fail(const char *key, const QString &problem)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error = QCoreApplication::translate("JsonMapping",
                                                   "The platform sent invalid data: %1 %2.")
                               .arg(path(key), problem);
    }

private:
    QJsonValue value(const char *key, bool required, QJsonValue::Type type)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QCoreApplication::translate("JsonMapping", "is missing"));
            return QJsonValue();
        }
        if (v.type() != type) {
            fail(key, QCoreApplication::translate("JsonMapping", "has the wrong type"));
            return QJsonValue();
        }
        return v;
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    bool m_ok = true;
};

} // namespace casedesk
