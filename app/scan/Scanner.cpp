#include "Scanner.h"

#include "core/Logging.h"

#include <QByteArray>

#include <sane/sane.h>
#include <sane/saneopts.h>

#include <cmath>
#include <cstring>
#include <mutex>

namespace casedesk {

namespace {

std::mutex &saneLock()
{
    static std::mutex lock;
    return lock;
}

// sane_init / sane_exit around each use: a scanner plugged in since is found, and no backend
// keeps a device open between scans.
class SaneSession
{
public:
    SaneSession() { m_status = sane_init(nullptr, nullptr); }
    ~SaneSession()
    {
        if (m_status == SANE_STATUS_GOOD)
            sane_exit();
    }
    SaneSession(const SaneSession &) = delete;
    SaneSession &operator=(const SaneSession &) = delete;
    SANE_Status status() const { return m_status; }

private:
    SANE_Status m_status;
};

class Device
{
public:
    explicit Device(SANE_Handle handle) : m_handle(handle) { }
    ~Device() { sane_close(m_handle); }
    Device(const Device &) = delete;
    Device &operator=(const Device &) = delete;
    SANE_Handle handle() const { return m_handle; }

    int option(const char *name) const
    {
        for (SANE_Int i = 1;; ++i) {
            const SANE_Option_Descriptor *d = sane_get_option_descriptor(m_handle, i);
            if (!d)
                return -1;
            if (d->name && std::strcmp(d->name, name) == 0)
                return (SANE_OPTION_IS_ACTIVE(d->cap) && SANE_OPTION_IS_SETTABLE(d->cap)) ? i : -1;
        }
    }

    // A number option (INT or FIXED), cut to its range.
    bool setNumber(const char *name, double value)
    {
        const int i = option(name);
        if (i < 0)
            return false;
        const SANE_Option_Descriptor *d = sane_get_option_descriptor(m_handle, i);
        const bool fixed = d->type == SANE_TYPE_FIXED;
        if (!fixed && d->type != SANE_TYPE_INT)
            return false;
        if (d->constraint_type == SANE_CONSTRAINT_RANGE && d->constraint.range) {
            const auto *r = d->constraint.range;
            const double lo = fixed ? SANE_UNFIX(r->min) : r->min;
            const double hi = fixed ? SANE_UNFIX(r->max) : r->max;
            value = std::clamp(value, lo, hi);
        } else if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST && d->constraint.word_list) {
            // The nearest of the listed values (resolutions often come as a list).
            const SANE_Word *list = d->constraint.word_list;
            double best = value;
            double distance = INFINITY;
            for (SANE_Word k = 1; k <= list[0]; ++k) {
                const double v = fixed ? SANE_UNFIX(list[k]) : list[k];
                if (std::abs(v - value) < distance) {
                    distance = std::abs(v - value);
                    best = v;
                }
            }
            value = best;
        }
        SANE_Word word = fixed ? SANE_FIX(value) : SANE_Word(std::lround(value));
        return sane_control_option(m_handle, i, SANE_ACTION_SET_VALUE, &word, nullptr)
                == SANE_STATUS_GOOD;
    }

    // A string option: the first of `wanted` the device offers (compared without case).
    bool setString(const char *name, const QStringList &wanted)
    {
        const int i = option(name);
        if (i < 0)
            return false;
        const SANE_Option_Descriptor *d = sane_get_option_descriptor(m_handle, i);
        if (d->type != SANE_TYPE_STRING)
            return false;
        QByteArray chosen;
        if (d->constraint_type == SANE_CONSTRAINT_STRING_LIST && d->constraint.string_list) {
            for (const QString &w : wanted) {
                for (const SANE_String_Const *s = d->constraint.string_list; *s && chosen.isEmpty();
                     ++s)
                    if (QString::fromUtf8(*s).compare(w, Qt::CaseInsensitive) == 0)
                        chosen = *s;
                if (!chosen.isEmpty())
                    break;
            }
        } else if (!wanted.isEmpty()) {
            chosen = wanted.first().toUtf8();
        }
        if (chosen.isEmpty())
            return false;
        QByteArray value = chosen;
        value.resize(std::max<qsizetype>(d->size, value.size() + 1), '\0');
        return sane_control_option(m_handle, i, SANE_ACTION_SET_VALUE, value.data(), nullptr)
                == SANE_STATUS_GOOD;
    }

    bool setBool(const char *name, bool on)
    {
        const int i = option(name);
        if (i < 0)
            return false;
        SANE_Bool b = on ? SANE_TRUE : SANE_FALSE;
        return sane_control_option(m_handle, i, SANE_ACTION_SET_VALUE, &b, nullptr)
                == SANE_STATUS_GOOD;
    }

    // An option given by its name and text value, whatever its type.
    void setText(const QString &name, const QString &value)
    {
        const QByteArray key = name.toUtf8();
        const int i = option(key.constData());
        if (i < 0)
            return;
        const SANE_Option_Descriptor *d = sane_get_option_descriptor(m_handle, i);
        if (d->type == SANE_TYPE_BOOL)
            setBool(key.constData(),
                    value == QLatin1String("yes") || value == QLatin1String("1")
                            || value == QLatin1String("true"));
        else if (d->type == SANE_TYPE_STRING)
            setString(key.constData(), {value});
        else
            setNumber(key.constData(), value.toDouble());
    }

private:
    SANE_Handle m_handle;
};

// One frame of raw SANE data as an image: grey or colour, 1, 8 or 16 bits a sample.
QImage toImage(const SANE_Parameters &p, const QByteArray &data, int lines)
{
    const int width = p.pixels_per_line;
    if (width <= 0 || lines <= 0 || p.bytes_per_line <= 0)
        return {};
    QImage image;
    if (p.format == SANE_FRAME_GRAY && p.depth == 1) {
        image = QImage(width, lines, QImage::Format_Mono);
        if (image.isNull())
            return {};
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)}); // SANE: 1 is ink
        for (int y = 0; y < lines; ++y)
            std::memcpy(image.scanLine(y), data.constData() + qsizetype(y) * p.bytes_per_line,
                        size_t(std::min<qsizetype>(image.bytesPerLine(), p.bytes_per_line)));
        return image;
    }
    const int samples = p.format == SANE_FRAME_RGB ? 3 : 1;
    if ((p.format != SANE_FRAME_RGB && p.format != SANE_FRAME_GRAY)
        || (p.depth != 8 && p.depth != 16))
        return {};
    image = QImage(width, lines, samples == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    const int step = p.depth / 8;
    for (int y = 0; y < lines; ++y) {
        const auto *in = reinterpret_cast<const uchar *>(data.constData())
                + qsizetype(y) * p.bytes_per_line;
        uchar *out = image.scanLine(y);
        if (step == 1) {
            std::memcpy(out, in, size_t(width) * samples);
            continue;
        }
        // 16 bits in the machine's order (SANE's rule): the high byte is enough to look at.
        for (int x = 0; x < width * samples; ++x) {
            quint16 v;
            std::memcpy(&v, in + 2 * x, 2);
            out[x] = uchar(v >> 8);
        }
    }
    return image;
}

} // namespace

QString Scanner::statusText(int saneStatus)
{
    switch (SANE_Status(saneStatus)) {
    case SANE_STATUS_DEVICE_BUSY:
        return tr("The scanner is busy (another program or computer is using it). Try again in "
                  "a moment.");
    case SANE_STATUS_JAMMED:
        return tr("The paper is jammed in the scanner. Clear it and scan the remaining pages.");
    case SANE_STATUS_NO_DOCS:
        return tr("There is no paper in the scanner's feeder.");
    case SANE_STATUS_COVER_OPEN:
        return tr("The scanner's cover is open. Close it and scan again.");
    case SANE_STATUS_IO_ERROR:
        return tr("The scanner stopped answering (unplugged, switched off or off the network).");
    case SANE_STATUS_NO_MEM:
        return tr("There is not enough memory for this scan. Choose a lower resolution.");
    case SANE_STATUS_ACCESS_DENIED:
        return tr("This computer is not allowed to use the scanner (ask the administrator to "
                  "give the user access).");
    case SANE_STATUS_CANCELLED:
        return tr("The scan was cancelled.");
    case SANE_STATUS_INVAL:
    case SANE_STATUS_UNSUPPORTED:
        return tr("The scanner does not support these settings.");
    default:
        return tr("The scanner reported an error.");
    }
}

QList<ScanDevice> Scanner::devices(QString *error)
{
    std::lock_guard guard(saneLock());
    SaneSession session;
    QList<ScanDevice> out;
    if (session.status() != SANE_STATUS_GOOD) {
        if (error)
            *error = tr("The scanner library could not start.");
        return out;
    }
    const SANE_Device **list = nullptr;
    const SANE_Status status = sane_get_devices(&list, SANE_FALSE);
    if (status != SANE_STATUS_GOOD) {
        if (error)
            *error = statusText(status);
        return out;
    }
    for (int i = 0; list && list[i]; ++i)
        out.append({QString::fromUtf8(list[i]->name), QString::fromUtf8(list[i]->vendor),
                    QString::fromUtf8(list[i]->model), QString::fromUtf8(list[i]->type)});
    return out;
}

ScanResult Scanner::scan(const ScanSettings &settings,
                         const std::function<void(int, double)> &progress,
                         const std::atomic_bool &cancel)
{
    std::lock_guard guard(saneLock());
    ScanResult result;
    SaneSession session;
    if (session.status() != SANE_STATUS_GOOD) {
        result.error = tr("The scanner library could not start.");
        return result;
    }
    SANE_Handle handle = nullptr;
    const QByteArray name = settings.device.toUtf8();
    if (const SANE_Status s = sane_open(name.constData(), &handle); s != SANE_STATUS_GOOD) {
        // Not there: unplugged since it was listed, or never there.
        result.error = s == SANE_STATUS_INVAL
                ? tr("The chosen scanner is not connected (unplugged, switched off or off the "
                     "network). Connect it, or choose another one.")
                : statusText(s);
        return result;
    }
    Device device(handle);
    const int dpi = std::clamp(settings.dpi, 50, kMaxDpi);
    device.setString(SANE_NAME_SCAN_MODE,
                     settings.colour == ScanSettings::Colour::Colour
                             ? QStringList{QStringLiteral("Color"), QStringLiteral("Colour")}
                             : QStringList{QStringLiteral("Gray"), QStringLiteral("Grey")});
    device.setNumber(SANE_NAME_BIT_DEPTH, 8);
    device.setNumber(SANE_NAME_SCAN_RESOLUTION, dpi);
    switch (settings.source) {
    case ScanSettings::Source::Flatbed:
        device.setString(SANE_NAME_SCAN_SOURCE, {QStringLiteral("Flatbed")});
        break;
    case ScanSettings::Source::Feeder:
        device.setString(SANE_NAME_SCAN_SOURCE,
                         {QStringLiteral("Automatic Document Feeder"), QStringLiteral("ADF"),
                          QStringLiteral("ADF Front"), QStringLiteral("Feeder")});
        break;
    case ScanSettings::Source::Duplex:
        device.setString(SANE_NAME_SCAN_SOURCE,
                         {QStringLiteral("ADF Duplex"), QStringLiteral("Duplex"),
                          QStringLiteral("Automatic Document Feeder"), QStringLiteral("ADF")});
        break;
    }
    device.setNumber(SANE_NAME_SCAN_TL_X, 0);
    device.setNumber(SANE_NAME_SCAN_TL_Y, 0);
    device.setNumber(SANE_NAME_SCAN_BR_X, settings.pageMm.width());
    device.setNumber(SANE_NAME_SCAN_BR_Y, settings.pageMm.height());
    // Twice: an option may only become settable once another is set (a limit's size once the
    // limit is on), and the settings come in no particular order.
    for (int pass = 0; pass < 2; ++pass)
        for (auto it = settings.extra.cbegin(); it != settings.extra.cend(); ++it)
            device.setText(it.key(), it.value());

    const bool feeder = settings.source != ScanSettings::Source::Flatbed;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    while (result.pages.size() < kMaxPages) {
        if (cancel) {
            result.cancelled = true;
            break;
        }
        const SANE_Status started = sane_start(handle);
        if (started != SANE_STATUS_GOOD) {
            // An empty feeder after the first page is the end of the batch, not an error.
            if (!(started == SANE_STATUS_NO_DOCS && feeder && !result.pages.isEmpty()))
                result.error = statusText(started);
            break;
        }
        SANE_Parameters p;
        if (sane_get_parameters(handle, &p) != SANE_STATUS_GOOD || !p.last_frame) {
            // Three-pass colour (one frame a colour) is a scanner of the 1990s.
            result.error = tr("The scanner does not support these settings.");
            sane_cancel(handle);
            break;
        }
        const qsizetype expected = p.lines > 0 ? qsizetype(p.lines) * p.bytes_per_line : -1;
        if (expected > kMaxPageBytes || p.bytes_per_line <= 0) {
            result.error = tr("A page at this resolution is too large. Choose a lower "
                              "resolution.");
            sane_cancel(handle);
            break;
        }
        QByteArray data;
        if (expected > 0)
            data.reserve(expected);
        SANE_Status status = SANE_STATUS_GOOD;
        while (true) {
            if (cancel) {
                sane_cancel(handle);
                result.cancelled = true;
                break;
            }
            SANE_Int got = 0;
            status = sane_read(handle, reinterpret_cast<SANE_Byte *>(buffer.data()),
                               SANE_Int(buffer.size()), &got);
            if (status != SANE_STATUS_GOOD)
                break;
            data.append(buffer.constData(), got);
            if (data.size() > kMaxPageBytes) {
                status = SANE_STATUS_NO_MEM;
                break;
            }
            if (progress && expected > 0)
                progress(int(result.pages.size()), double(data.size()) / double(expected));
        }
        if (result.cancelled)
            break;
        if (status != SANE_STATUS_EOF) {
            // The page being read is lost; the ones before it are kept.
            result.error = statusText(status);
            sane_cancel(handle);
            break;
        }
        QImage page = toImage(p, data, int(data.size() / p.bytes_per_line));
        if (page.isNull()) {
            result.error = tr("The scanner sent a page CaseDesk cannot read.");
            sane_cancel(handle);
            break;
        }
        const int dotsPerMetre = int(std::lround(dpi / 0.0254));
        page.setDotsPerMeterX(dotsPerMetre);
        page.setDotsPerMeterY(dotsPerMetre);
        result.pages.append(std::move(page));
        if (progress)
            progress(int(result.pages.size()) - 1, 1.0);
        if (!feeder)
            break;
    }
    sane_cancel(handle);
    qCInfo(lcScan) << "scan ended:" << result.pages.size() << "page(s)"
                   << (result.cancelled ? "cancelled" : "")
                   << (result.error.isEmpty() ? "" : "with an error");
    return result;
}

} // namespace casedesk
