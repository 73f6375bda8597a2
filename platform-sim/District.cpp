#include "District.h"

#include "SimRules.h"

#include "IdentityNumbers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace sim {

namespace {

// 兰州市城关区: the district's administrative division code.
const QString kArea = QStringLiteral("620102");

struct ItemSpec
{
    const char *code;
    const char *name;
    const char *department;
    const char *kind;
    int legal;
    const char *legalUnit;
    int promised;
    const char *basis;
    const char *fees;
    int weight; // how often citizens apply for it
    QStringList materials;
};

const QList<ItemSpec> &itemSpecs()
{
    static const QList<ItemSpec> specs{
            {"620102-SCJG-XK-001",
             "食品经营许可（新办）",
             "SCJG",
             "行政许可",
             10,
             "workingDays",
             5,
             "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》第十八条",
             "不收费",
             30,
             {QStringLiteral("食品经营许可申请书"),
              QStringLiteral("营业执照或其他主体资格证明文件"),
              QStringLiteral("法定代表人（负责人）身份证明"), QStringLiteral("食品安全管理制度"),
              QStringLiteral("经营场所平面布局图"), QStringLiteral("主要设备设施清单")}},
            {"620102-SCJG-QR-002",
             "个体工商户设立登记",
             "SCJG",
             "行政确认",
             15,
             "workingDays",
             1,
             "《促进个体工商户发展条例》；《中华人民共和国市场主体登记管理条例》第十九条",
             "不收费",
             25,
             {QStringLiteral("个体工商户登记（备案）申请书"), QStringLiteral("经营者身份证明"),
              QStringLiteral("经营场所使用证明")}},
            {"620102-SCJG-XK-003",
             "食品生产许可",
             "SCJG",
             "行政许可",
             20,
             "workingDays",
             10,
             "《中华人民共和国食品安全法》第三十五条；《食品生产许可管理办法》第二十四条",
             "不收费",
             5,
             {QStringLiteral("食品生产许可申请书"),
              QStringLiteral("食品生产设备布局图和工艺流程图"),
              QStringLiteral("食品生产主要设备、设施清单"), QStringLiteral("食品安全管理制度")}},
            {"620102-WJW-XK-001",
             "公共场所卫生许可",
             "WJW",
             "行政许可",
             20,
             "workingDays",
             10,
             "《公共场所卫生管理条例》第八条；《公共场所卫生管理条例实施细则》第二十二条",
             "不收费",
             10,
             {QStringLiteral("卫生许可证申请表"), QStringLiteral("营业执照"),
              QStringLiteral("公共场所卫生检测或评价报告"), QStringLiteral("卫生管理制度"),
              QStringLiteral("从业人员健康合格证明")}},
            {"620102-WJW-XK-002",
             "医疗机构执业登记",
             "WJW",
             "行政许可",
             45,
             "naturalDays",
             20,
             "《医疗机构管理条例》第十五条、第十七条",
             "不收费",
             2,
             {QStringLiteral("医疗机构执业登记申请书"),
              QStringLiteral("医疗机构用房产权证明或使用证明"),
              QStringLiteral("医疗机构建筑设计平面图"), QStringLiteral("验资证明、资产评估报告"),
              QStringLiteral("医疗机构规章制度")}},
            {"620102-CGJ-XK-001",
             "城市道路挖掘许可",
             "CGJ",
             "行政许可",
             20,
             "workingDays",
             5,
             "《城市道路管理条例》第三十条、第三十三条",
             "按占用面积收取占道费",
             8,
             {QStringLiteral("挖掘城市道路申请表"), QStringLiteral("施工方案及交通组织方案"),
              QStringLiteral("规划部门批准文件"), QStringLiteral("施工图纸")}},
            {"620102-CGJ-XK-002",
             "户外广告设置许可",
             "CGJ",
             "行政许可",
             20,
             "workingDays",
             7,
             "《城市市容和环境卫生管理条例》第十一条",
             "不收费",
             8,
             {QStringLiteral("户外广告设置申请表"), QStringLiteral("广告设计效果图"),
              QStringLiteral("设置场地使用权证明"), QStringLiteral("结构安全证明")}},
            {"620102-ZJJ-XK-001",
             "建筑工程施工许可",
             "ZJJ",
             "行政许可",
             7,
             "workingDays",
             3,
             "《中华人民共和国建筑法》第七条、第八条；《建筑工程施工许可管理办法》",
             "不收费",
             6,
             {QStringLiteral("建筑工程施工许可证申请表"), QStringLiteral("建设工程规划许可证"),
              QStringLiteral("施工合同"), QStringLiteral("施工图审查合格书"),
              QStringLiteral("建设资金落实证明")}},
            {"620102-SWJ-XK-001",
             "城镇污水排入排水管网许可",
             "SWJ",
             "行政许可",
             15,
             "workingDays",
             10,
             "《城镇排水与污水处理条例》第二十一条；《城镇污水排入排水管网许可管理办法》第九条",
             "不收费",
             6,
             {QStringLiteral("排水许可申请表"), QStringLiteral("排水户内部排水管网图"),
              QStringLiteral("排水水质检测报告"), QStringLiteral("预处理设施说明")}},
    };
    return specs;
}

const QStringList kSurnames
        = QStringLiteral(
                  "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 韩 "
                  "曹 许 邓 冯 彭 曾 萧 田 董 潘 袁 蔡 蒋 余 杜 叶 程 魏 苏 吕 丁 任 卢 姚")
                  .split(QLatin1Char(' '));
const QStringList kGiven
        = QStringLiteral(
                  "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 兰 "
                  "建 国 文 辉 红 梅 鑫 宇 浩 然 晨 欣 怡 婷 雪 峰 斌 琳 颖 佳 俊 凯 瑶 博")
                  .split(QLatin1Char(' '));
const QStringList kBrands = QStringLiteral("金城 黄河 陇上 皋兰 丝路 敦煌 祁连 白塔 五泉 雁滩 东岗 "
                                           "滨河 兴隆 鸿运 瑞丰 嘉禾 锦程 恒信 华宇 天泽")
                                    .split(QLatin1Char(' '));
const QStringList kTrades = QStringLiteral("餐饮管理 商贸 建筑工程 广告传媒 物业管理 食品 医疗管理 "
                                           "环保科技 文化旅游 市政工程")
                                    .split(QLatin1Char(' '));
const QStringList kStreets = QStringLiteral("庆阳路 张掖路 酒泉路 武都路 东岗西路 南昌路 天水北路 "
                                            "雁滩路 民主东路 皋兰路 白银路 静宁路")
                                     .split(QLatin1Char(' '));
// A few names a hostile or careless submitter could send; the client must show them as text.
const QStringList kOddNames{QStringLiteral("<b>马</b>小<i>花</i>"),
                            QStringLiteral("兰州<img src=x onerror=alert(1)>餐饮有限公司"),
                            QStringLiteral("阿卜杜热合曼·买买提艾力·托乎提尼亚孜·库尔班江")};

template<typename T>
const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(rng.bounded(int(list.size())));
}

QJsonObject limit(int value, const char *unit)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("unit"), QLatin1String(unit)}};
}

QJsonObject applicantFor(QRandomGenerator &rng, int index)
{
    QJsonObject a;
    const QString phone = QStringLiteral("1%1%2")
                                  .arg(QStringLiteral("35789").at(rng.bounded(5)))
                                  .arg(rng.bounded(1000000000u), 9, 10, QLatin1Char('0'));
    const QString address = QStringLiteral("甘肃省兰州市城关区%1%2号")
                                    .arg(pick(rng, kStreets))
                                    .arg(rng.bounded(1, 400));
    a.insert(QStringLiteral("phone"), phone);
    a.insert(QStringLiteral("address"), address);
    const bool odd = index % 997 == 13;
    if (rng.bounded(100) < 60) {
        const QString name = odd ? kOddNames.at((index / 997) % 2 == 0 ? 0 : 2)
                                 : pick(rng, kSurnames) + pick(rng, kGiven)
                        + (rng.bounded(2) ? pick(rng, kGiven) : QString());
        const QDate birth = QDate(1955, 1, 1).addDays(rng.bounded(48 * 365));
        a.insert(QStringLiteral("kind"), QStringLiteral("person"));
        a.insert(QStringLiteral("name"), name);
        a.insert(QStringLiteral("idType"), QStringLiteral("居民身份证"));
        a.insert(QStringLiteral("idNumber"), citizenId(kArea, birth, rng.bounded(1000)));
    } else {
        const QString name = odd
                ? kOddNames.at(1)
                : QStringLiteral("兰州%1%2有限公司").arg(pick(rng, kBrands), pick(rng, kTrades));
        a.insert(QStringLiteral("kind"), QStringLiteral("company"));
        a.insert(QStringLiteral("name"), name);
        a.insert(QStringLiteral("idType"), QStringLiteral("统一社会信用代码"));
        a.insert(QStringLiteral("idNumber"), creditCode(kArea, rng.generate()));
    }
    return a;
}

// Whose case it is: usually a new applicant, but about one case in eight comes from an
// applicant seen shortly before (a company with several licences, a person applying again), so
// that 一人一档 has something to show. Decided by the index alone, so every run agrees.
int applicantNumber(int index)
{
    constexpr int kRecent = 5000;
    const quint32 h = quint32(index) * 2654435761u;
    if (index <= 50 || index % 997 == 13 || (h >> 16) % 8 != 0)
        return index;
    const int back = 1 + int((h >> 3) % quint32(std::min(index - 1, kRecent)));
    return applicantNumber(index - back);
}

QJsonObject applicantOf(int index)
{
    const int number = applicantNumber(index);
    QRandomGenerator own(quint32(number) * 7919u + 1u);
    return applicantFor(own, number - 1);
}

// Where a case of this age most likely stands. Older cases are mostly finished; a few are
// left open past their limits, as happens, so the warning lights have something to show.
QString stageForAge(QRandomGenerator &rng, int ageDays)
{
    struct Weighted
    {
        const char *stage;
        int weight;
    };
    static const QList<Weighted> fresh{{"preReview", 70}, {"acceptance", 25}, {"withdrawn", 5}};
    static const QList<Weighted> young{{"preReview", 5}, {"acceptance", 25}, {"correction", 15},
                                       {"review", 40},   {"refused", 5},     {"suspended", 5},
                                       {"withdrawn", 5}};
    static const QList<Weighted> middle{{"acceptance", 2}, {"correction", 10}, {"review", 30},
                                        {"approval", 15},  {"suspended", 5},   {"decided", 10},
                                        {"completed", 22}, {"refused", 4},     {"withdrawn", 2}};
    static const QList<Weighted> old{{"review", 2},   {"approval", 1},   {"suspended", 1},
                                     {"decided", 1},  {"completed", 84}, {"refused", 6},
                                     {"withdrawn", 5}};
    const QList<Weighted> &table = ageDays < 2 ? fresh
            : ageDays < 7                      ? young
            : ageDays < 30                     ? middle
                                               : old;
    int total = 0;
    for (const Weighted &w : table)
        total += w.weight;
    int roll = rng.bounded(total);
    for (const Weighted &w : table) {
        if ((roll -= w.weight) < 0)
            return QLatin1String(w.stage);
    }
    return QStringLiteral("completed");
}

int stageRank(const QString &stage)
{
    static const QStringList order{QStringLiteral("preReview"),  QStringLiteral("acceptance"),
                                   QStringLiteral("correction"), QStringLiteral("review"),
                                   QStringLiteral("approval"),   QStringLiteral("suspended"),
                                   QStringLiteral("decided"),    QStringLiteral("completed")};
    const qsizetype i = order.indexOf(stage);
    return i < 0 ? 2 : int(i);
}

// Special procedures, extensions, decisions and resubmissions, as the stage implies.
void addClockEvents(QRandomGenerator &rng, const QString &stage, const QDateTime &stageStart,
                    qint64 span, QJsonObject &c)
{
    static const QList<std::pair<const char *, const char *>> procedures{
            {"siteInspection", "现场核查经营场所"}, {"testing", "委托检验检测机构检测"},
            {"expertReview", "组织专家评审"},       {"hearing", "申请人申请听证"},
            {"publicNotice", "依法公示"},
    };
    auto limitOf = [](int days) {
        return QJsonObject{{QStringLiteral("value"), days},
                           {QStringLiteral("unit"), QStringLiteral("workingDays")}};
    };
    const auto &procedure = procedures.at(rng.bounded(int(procedures.size())));
    QJsonObject suspension{{QStringLiteral("kind"), QLatin1String(procedure.first)},
                           {QStringLiteral("reason"), QString::fromUtf8(procedure.second)},
                           {QStringLiteral("legalBasis"),
                            QStringLiteral("《中华人民共和国行政许可法》第四十五条")},
                           {QStringLiteral("startedAt"), stageStart.toString(Qt::ISODate)},
                           {QStringLiteral("limit"), limitOf(10 + 5 * rng.bounded(4))}};
    if (stage == QLatin1String("suspended")) {
        c.insert(QStringLiteral("suspensions"), QJsonArray{suspension});
        // Generated procedures all began during the review.
        c.insert(QStringLiteral("suspendedFrom"), QStringLiteral("review"));
    } else if ((stage == QLatin1String("review") || stage == QLatin1String("approval"))
               && rng.bounded(100) < 15) {
        const QDateTime from
                = QDateTime::fromString(c.value(QStringLiteral("acceptedAt")).toString(),
                                        Qt::ISODate)
                          .addDays(1);
        if (!from.isValid() || from.addDays(6) > stageStart)
            return; // too young a case to have had a procedure already
        suspension.insert(QStringLiteral("startedAt"), from.toString(Qt::ISODate));
        suspension.insert(QStringLiteral("endedAt"),
                          from.addDays(1 + rng.bounded(5)).toString(Qt::ISODate));
        c.insert(QStringLiteral("suspensions"), QJsonArray{suspension});
        if (rng.bounded(2))
            c.insert(QStringLiteral("extensionDays"), 10);
    } else if (stage == QLatin1String("decided")) {
        c.insert(QStringLiteral("decidedAt"), stageStart.toString(Qt::ISODate));
    } else if (stage == QLatin1String("acceptance") && rng.bounded(100) < 20) {
        c.insert(QStringLiteral("resubmittedAt"),
                 stageStart.addSecs(span / 10).toString(Qt::ISODate));
    }
}

// The clerk of the department who handled generated case `index`.
QString handlerOf(const QString &department, int index)
{
    return department == QLatin1String("SCJG")
            ? QStringLiteral("clerk%1").arg(1 + index % 2)
            : QStringLiteral("%1-clerk").arg(department.toLower());
}

// Who holds `role` (Chief, Head) in the department: the demo's accounts for SCJG.
QString approverOf(const QString &department, const QString &role)
{
    const bool chief = role == QLatin1String("Chief");
    if (department == QLatin1String("SCJG"))
        return chief ? QStringLiteral("chief1") : QStringLiteral("head1");
    return QStringLiteral("%1-%2").arg(department.toLower(),
                                       chief ? QStringLiteral("chief") : QStringLiteral("head"));
}

// The approval record of a proposal: its chain by the item's policy and the first
// `signedSteps` of its steps approved, spread over the time from the case's last event until
// `until`, each in the case's history.
void recordApproval(QJsonObject &c, const QString &decision, int signedSteps,
                    const QDateTime &until)
{
    QJsonObject record
            = District::approvalRecord(c.value(QStringLiteral("itemCode")).toString(), decision);
    const QJsonArray chain = record.value(QStringLiteral("chain")).toArray();
    const QString department = c.value(QStringLiteral("department")).toString();
    const QDateTime from = QDateTime::fromString(c.value(QStringLiteral("history"))
                                                         .toArray()
                                                         .last()
                                                         .toObject()
                                                         .value(QStringLiteral("at"))
                                                         .toString(),
                                                 Qt::ISODate);
    const int steps = std::min<int>(signedSteps, int(chain.size()));
    const qint64 span = std::max<qint64>(from.secsTo(until), 0);
    QJsonArray approvals;
    for (int i = 0; i < steps; ++i) {
        const QString role = chain.at(i).toString();
        const QString by = approverOf(department, role);
        const QString when = from.addSecs(span * (i + 1) / steps).toString(Qt::ISODate);
        approvals.append(District::approvalSign(role, by, when));
        appendHistory(c, when, by, QStringLiteral("approve"));
    }
    record.insert(QStringLiteral("approvals"), approvals);
    c.insert(QStringLiteral("approval"), record);
}

// The generic "now in this stage" entry gives way to the act that led to the stage.
void dropStageEvent(QJsonObject &c)
{
    QJsonArray history = c.value(QStringLiteral("history")).toArray();
    if (!history.isEmpty()
        && history.last().toObject().value(QStringLiteral("kind")).toString()
                == QLatin1String("stage"))
        history.removeLast();
    c.insert(QStringLiteral("history"), history);
}

// One case received at `receivedAt`, as it stands at `end`; `stage` forces the stage.
QJsonObject buildCase(QRandomGenerator &rng, int index, int serial, const QDateTime &receivedAt,
                      const QDateTime &end, const QString &forcedStage)
{
    const QList<ItemSpec> &specs = itemSpecs();
    int totalWeight = 0;
    for (const ItemSpec &s : specs)
        totalWeight += s.weight;
    int roll = rng.bounded(totalWeight);
    const ItemSpec *spec = &specs.constFirst();
    for (const ItemSpec &s : specs) {
        if ((roll -= s.weight) < 0) {
            spec = &s;
            break;
        }
    }
    const int ageDays = int(receivedAt.date().daysTo(end.date()));
    const QString stage = forcedStage.isEmpty() ? stageForAge(rng, ageDays) : forcedStage;
    const int rank = stageRank(stage);
    const QString department = QLatin1String(spec->department);

    QJsonObject c;
    const QString id = QStringLiteral("c%1").arg(index, 8, 10, QLatin1Char('0'));
    c.insert(QStringLiteral("id"), id);
    c.insert(QStringLiteral("caseNo"),
             QString(kArea + receivedAt.toString(QStringLiteral("yyyyMMdd"))
                     + QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0'))));
    c.insert(QStringLiteral("itemCode"), QLatin1String(spec->code));
    c.insert(QStringLiteral("itemName"), QString::fromUtf8(spec->name));
    c.insert(QStringLiteral("department"), department);
    c.insert(QStringLiteral("departmentName"), District::departmentName(department));
    c.insert(QStringLiteral("applicant"), applicantOf(index));
    c.insert(QStringLiteral("stage"), stage);
    c.insert(QStringLiteral("receivedAt"), receivedAt.toString(Qt::ISODate));

    const qint64 span = std::max<qint64>(receivedAt.secsTo(end), 3600);
    QDateTime acceptedAt;
    if (rank >= 3 && stage != QLatin1String("refused") && stage != QLatin1String("withdrawn")) {
        acceptedAt = receivedAt.addSecs(std::min<qint64>(span / 4, 3 * 86400) * rng.bounded(1, 100)
                                        / 100);
        c.insert(QStringLiteral("acceptedAt"), acceptedAt.toString(Qt::ISODate));
    }
    const QDateTime stageStart = forcedStage.isEmpty()
            ? (acceptedAt.isValid() ? acceptedAt : receivedAt)
                      .addSecs(span / 3 * rng.bounded(0, 100) / 100)
            : receivedAt;
    c.insert(QStringLiteral("stageStartedAt"), stageStart.toString(Qt::ISODate));
    c.insert(QStringLiteral("updatedAt"), stageStart.toString(Qt::ISODate));
    c.insert(QStringLiteral("version"), 1 + rank);
    {
        // The history as far as the generated case went: submitted, accepted, the stage now.
        const QString applicant = c.value(QStringLiteral("applicant"))
                                          .toObject()
                                          .value(QStringLiteral("name"))
                                          .toString();
        QJsonObject atStart = c;
        atStart.insert(QStringLiteral("stage"), QStringLiteral("preReview"));
        appendHistory(atStart, receivedAt.toString(Qt::ISODate), applicant,
                      QStringLiteral("submitted"));
        c.insert(QStringLiteral("history"), atStart.value(QStringLiteral("history")));
        const QString handler = handlerOf(department, index);
        if (acceptedAt.isValid())
            appendHistory(c, acceptedAt.toString(Qt::ISODate), handler, QStringLiteral("accept"));
        if (stage != QLatin1String("preReview"))
            appendHistory(c, stageStart.toString(Qt::ISODate), handler, QStringLiteral("stage"));
    }
    addClockEvents(rng, stage, stageStart, span, c);
    if (c.contains(QStringLiteral("resubmittedAt"))) {
        // A correction was asked for and answered: the history says so, as the platform's would.
        dropStageEvent(c);
        QJsonObject inCorrection = c;
        inCorrection.insert(QStringLiteral("stage"), QStringLiteral("correction"));
        appendHistory(inCorrection, stageStart.toString(Qt::ISODate), handlerOf(department, index),
                      QStringLiteral("requestCorrection"));
        c.insert(QStringLiteral("history"), inCorrection.value(QStringLiteral("history")));
        appendHistory(c, c.value(QStringLiteral("resubmittedAt")).toString(),
                      c.value(QStringLiteral("applicant"))
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString(),
                      QStringLiteral("resubmitted"));
    }
    if (stage == QLatin1String("approval")) {
        // A case waits for approval because a clerk proposed its decision: the chief reads what
        // was proposed and why, as the platform would send it.
        const bool grant = rng.bounded(100) < 85;
        QJsonObject proposal{{QStringLiteral("proposal"),
                              grant ? QStringLiteral("grant") : QStringLiteral("deny")}};
        if (grant) {
            proposal.insert(
                    QStringLiteral("opinion"),
                    QStringLiteral("经审查，申请材料齐全，符合法定条件和标准，建议准予许可。"));
        } else {
            proposal.insert(QStringLiteral("opinion"),
                            QStringLiteral("经现场核查，经营场所与申请材料不符，建议不予许可。"));
            proposal.insert(
                    QStringLiteral("reasons"),
                    QStringLiteral("经营场所实际面积与平面图不符，且未设置与经营品种相适应的"
                                   "设备设施。"));
            proposal.insert(QStringLiteral("legalBasis"),
                            QStringLiteral("《中华人民共和国行政许可法》第三十八条第二款"));
        }
        c.insert(QStringLiteral("proposal"), proposal);
        dropStageEvent(c);
        appendHistory(c, stageStart.toString(Qt::ISODate), handlerOf(department, index),
                      QStringLiteral("propose"),
                      proposal.value(QStringLiteral("opinion")).toString());
        // Every other case whose chain goes on to the head has passed the chief already and
        // waits for the head (derived from the index: the random stream stays as it was).
        const QString decision = proposal.value(QStringLiteral("proposal")).toString();
        const bool chiefDone = index % 2 == 0
                && District::approvalChain(QLatin1String(spec->code), decision).size() > 1;
        recordApproval(c, decision, chiefDone ? 1 : 0,
                       stageStart.addSecs(stageStart.secsTo(end) / 2));
    }
    if (stage == QLatin1String("decided")) {
        // Decided: the clerk proposed a grant and the department's chief approved it, on record
        // with his name, as the decision notice will print it (批准人). Derived, not drawn, so
        // the random stream stays as it was.
        const QJsonObject proposal{
                {QStringLiteral("proposal"), QStringLiteral("grant")},
                {QStringLiteral("opinion"),
                 QStringLiteral("经审查，申请材料齐全，符合法定条件和标准，建议准予许可。")}};
        c.insert(QStringLiteral("proposal"), proposal);
        c.insert(QStringLiteral("decision"), QStringLiteral("grant"));
        dropStageEvent(c);
        recordApproval(c, QStringLiteral("grant"), 2, stageStart);
    }
    if ((stage == QLatin1String("review") || stage == QLatin1String("approval"))
        && !c.contains(QStringLiteral("extensionDays")) && index % 6 == 1) {
        // The clerk found the limit too short and asked the agency head for more time; the
        // request waits for the head. Derived from the index, so the random stream and with
        // it every other generated case stay as they were.
        const QJsonObject request{
                {QStringLiteral("days"), 5 + 5 * (index % 2)},
                {QStringLiteral("reason"),
                 QStringLiteral("需组织专家评审，法定期限内无法作出决定，申请延长审查期限。")}};
        c.insert(QStringLiteral("extensionRequest"), request);
        appendHistory(c, std::min(stageStart.addSecs(3600), end).toString(Qt::ISODate),
                      handlerOf(department, index), QStringLiteral("requestExtension"),
                      request.value(QStringLiteral("reason")).toString());
    }
    const bool open = stage != QLatin1String("completed") && stage != QLatin1String("refused")
            && stage != QLatin1String("withdrawn");
    if (open && department == QLatin1String("SCJG") && stage != QLatin1String("preReview")
        && rng.bounded(100) < 70) {
        const QString holder = rng.bounded(2) ? QStringLiteral("clerk1") : QStringLiteral("clerk2");
        c.insert(QStringLiteral("claimedBy"), holder);
        c.insert(QStringLiteral("claimedByName"), District::staffName(holder));
    }

    // Metadata only: the files themselves are made on first download (Materials.cpp). Some are
    // scans, some PDFs; the declared type is what the applicant's upload claimed.
    QJsonArray materials;
    for (qsizetype m = 0; m < spec->materials.size(); ++m) {
        const int kind = rng.bounded(100);
        const QString ext = kind < 20 ? QStringLiteral(".jpg")
                : kind < 30           ? QStringLiteral(".png")
                                      : QStringLiteral(".pdf");
        const QString mime = kind < 20 ? QStringLiteral("image/jpeg")
                : kind < 30            ? QStringLiteral("image/png")
                                       : QStringLiteral("application/pdf");
        materials.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("m%1").arg(m + 1)},
                {QStringLiteral("name"), spec->materials.at(m)},
                {QStringLiteral("fileName"), QString(spec->materials.at(m) + ext)},
                {QStringLiteral("mimeType"), mime},
        });
    }
    c.insert(QStringLiteral("materials"), materials);
    return c;
}

} // namespace

const QList<Department> &District::departments()
{
    static const QList<Department> list{
            {QStringLiteral("SCJG"), QStringLiteral("城关区市场监督管理局"),
             QStringLiteral("城关市监")},
            {QStringLiteral("WJW"), QStringLiteral("城关区卫生健康委员会"),
             QStringLiteral("城关卫健")},
            {QStringLiteral("CGJ"), QStringLiteral("城关区城市管理局"), QStringLiteral("城关城管")},
            {QStringLiteral("ZJJ"), QStringLiteral("城关区住房和城乡建设局"),
             QStringLiteral("城关住建")},
            {QStringLiteral("SWJ"), QStringLiteral("城关区水务局"), QStringLiteral("城关水务")},
            {QStringLiteral("ZWB"), QStringLiteral("城关区政务服务管理局"),
             QStringLiteral("城关政务")},
    };
    return list;
}

const QList<Account> &District::accounts()
{
    static const QList<Account> list{
            {QStringLiteral("clerk1"), QStringLiteral("张敏"), QStringLiteral("SCJG"),
             QStringLiteral("Clerk")},
            {QStringLiteral("clerk2"), QStringLiteral("李伟"), QStringLiteral("SCJG"),
             QStringLiteral("Clerk")},
            {QStringLiteral("chief1"), QStringLiteral("王建国"), QStringLiteral("SCJG"),
             QStringLiteral("Chief")},
            {QStringLiteral("super1"), QStringLiteral("赵丽"), QStringLiteral("ZWB"),
             QStringLiteral("Supervisor")},
            // 负责人 of the market regulation bureau: approves extensions.
            {QStringLiteral("head1"), QStringLiteral("刘志强"), QStringLiteral("SCJG"),
             QStringLiteral("Head")},
    };
    return list;
}

QString District::staffName(const QString &userName)
{
    for (const Account &a : accounts()) {
        if (a.userName == userName)
            return a.displayName;
    }
    return {};
}

QString District::departmentName(const QString &code)
{
    for (const Department &d : departments()) {
        if (d.code == code)
            return d.name;
    }
    return code;
}

QStringList District::approvalChain(const QString &itemCode, const QString &decision)
{
    // A denial takes a right from the applicant: the head in charge signs it after the chief.
    // Food production is licensed with the head's signature either way.
    if (decision == QLatin1String("deny") || itemCode == QLatin1String("620102-SCJG-XK-003"))
        return {QStringLiteral("Chief"), QStringLiteral("Head")};
    return {QStringLiteral("Chief")};
}

QJsonObject District::approvalRecord(const QString &itemCode, const QString &decision)
{
    return {{QStringLiteral("chain"),
             QJsonArray::fromStringList(approvalChain(itemCode, decision))},
            {QStringLiteral("approvals"), QJsonArray()}};
}

QJsonObject District::approvalSign(const QString &role, const QString &by, const QString &at)
{
    QJsonObject sign{
            {QStringLiteral("role"), role}, {QStringLiteral("by"), by}, {QStringLiteral("at"), at}};
    if (const QString name = staffName(by); !name.isEmpty())
        sign.insert(QStringLiteral("byName"), name);
    return sign;
}

QList<QJsonObject> District::items()
{
    QList<QJsonObject> list;
    for (const ItemSpec &spec : itemSpecs()) {
        QJsonArray materials;
        for (qsizetype i = 0; i < spec.materials.size(); ++i) {
            const QString &name = spec.materials.at(i);
            materials.append(QJsonObject{
                    {QStringLiteral("name"), name},
                    {QStringLiteral("required"), true},
                    {QStringLiteral("original"), i == 0},
                    {QStringLiteral("formats"),
                     QJsonArray{QStringLiteral("pdf"), QStringLiteral("jpg"),
                                QStringLiteral("png")}},
            });
        }
        list.append(QJsonObject{
                {QStringLiteral("code"), QLatin1String(spec.code)},
                {QStringLiteral("name"), QString::fromUtf8(spec.name)},
                {QStringLiteral("department"), QLatin1String(spec.department)},
                {QStringLiteral("departmentName"), departmentName(QLatin1String(spec.department))},
                {QStringLiteral("kind"), QString::fromUtf8(spec.kind)},
                {QStringLiteral("legalLimit"), limit(spec.legal, spec.legalUnit)},
                {QStringLiteral("promisedLimit"), limit(spec.promised, "workingDays")},
                {QStringLiteral("legalBasis"), QString::fromUtf8(spec.basis)},
                {QStringLiteral("fees"), QString::fromUtf8(spec.fees)},
                {QStringLiteral("materials"), materials},
                {QStringLiteral("approvalChain"),
                 QJsonObject{{QStringLiteral("grant"),
                              QJsonArray::fromStringList(approvalChain(QLatin1String(spec.code),
                                                                       QStringLiteral("grant")))},
                             {QStringLiteral("deny"),
                              QJsonArray::fromStringList(approvalChain(QLatin1String(spec.code),
                                                                       QStringLiteral("deny")))}}},
        });
    }
    return list;
}

void District::generateCases(quint64 seed, int count, const QDateTime &until,
                             const std::function<void(const GeneratedCase &)> &sink)
{
    QRandomGenerator rng(quint32(seed ^ (seed >> 32)));
    const QTimeZone china(8 * 3600);
    const QDateTime end = until.toTimeZone(china);
    const QDate today = end.date();
    constexpr int kSpanDays = 180;
    const QTime opens(8, 30);
    constexpr int kOfficeSecs = 9 * 3600;
    // Nothing arrives after `until`: today's cases only up to that time.
    const int todaySecs = std::clamp(int(opens.secsTo(end.time())), 0, kOfficeSecs);

    // Receipt times first, sorted, so that the feed lists cases in the order they arrived.
    QList<qint64> received(count);
    for (qint64 &t : received) {
        // More recent days are busier: skew the age towards zero.
        const double u = rng.generateDouble();
        int ageDays = int(u * u * kSpanDays);
        if (ageDays == 0 && todaySecs == 0)
            ageDays = 1;
        const QDate day = today.addDays(-ageDays);
        const QTime time = opens.addSecs(rng.bounded(ageDays == 0 ? todaySecs : kOfficeSecs));
        t = QDateTime(day, time, china).toSecsSinceEpoch();
    }
    std::sort(received.begin(), received.end());

    QHash<QDate, int> perDay;

    for (int i = 0; i < count; ++i) {
        const QDateTime receivedAt = QDateTime::fromSecsSinceEpoch(received.at(i), china);
        const int serial = ++perDay[receivedAt.date()];
        const QJsonObject c = buildCase(rng, i + 1, serial, receivedAt, end, QString());
        sink({c.value(QStringLiteral("id")).toString(),
              c.value(QStringLiteral("department")).toString(), received.at(i), c});
    }
}

QList<QJsonObject> District::calendars()
{
    QList<QJsonObject> list;
    const QDir dir(QStringLiteral(":/sim-calendars"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            list.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return list;
}

QJsonObject District::licenceFor(const QJsonObject &c)
{
    const QJsonObject applicant = c.value(QStringLiteral("applicant")).toObject();
    const QString id = c.value(QStringLiteral("id")).toString();
    QString name = c.value(QStringLiteral("itemName")).toString();
    name = name.section(QStringLiteral("（"), 0, 0);
    if (name.endsWith(QStringLiteral("许可")))
        name += QStringLiteral("证");
    const QDateTime issued = QDateTime::fromString(
            c.value(QStringLiteral("stageStartedAt")).toString(), Qt::ISODate);
    // Most e-licences are OFD files, as the e-licence standards ask; some issuers still hand
    // out PDFs, so both kinds reach the clerk.
    const bool ofd
            = quint8(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).at(0)) % 3
            != 0;
    return {{QStringLiteral("id"), QString(QStringLiteral("L") + id)},
            {QStringLiteral("type"), QStringLiteral("eLicence")},
            {QStringLiteral("name"), name},
            {QStringLiteral("number"), QString(QStringLiteral("620102") + id.mid(1))},
            {QStringLiteral("holderId"), applicant.value(QStringLiteral("idNumber")).toString()},
            {QStringLiteral("holderName"), applicant.value(QStringLiteral("name")).toString()},
            {QStringLiteral("issuedBy"), c.value(QStringLiteral("departmentName")).toString()},
            {QStringLiteral("issuedAt"), issued.toString(Qt::ISODate)},
            {QStringLiteral("validUntil"), issued.addYears(5).date().toString(Qt::ISODate)},
            {QStringLiteral("sourceCaseId"), id},
            {QStringLiteral("mimeType"),
             ofd ? QStringLiteral("application/ofd") : QStringLiteral("application/pdf")}};
}

QJsonObject District::ratingFor(QRandomGenerator &rng, const QJsonObject &c, const QDateTime &at)
{
    // Mostly good, as on real platforms; a bad rating needs a reply and rectification.
    static const QStringList comments{
            QStringLiteral("办理速度快，工作人员态度好。"), QStringLiteral("一次办好，很方便。"),
            QStringLiteral("基本满意。"), QStringLiteral("材料要求说明不够清楚，跑了两次。"),
            QStringLiteral("等待时间太长，电话也打不通。")};
    const int level = std::clamp(5 - int(rng.bounded(100) / 22), 1, 5);
    return {{QStringLiteral("id"),
             QString(QStringLiteral("r") + c.value(QStringLiteral("id")).toString())},
            {QStringLiteral("caseId"), c.value(QStringLiteral("id"))},
            {QStringLiteral("caseNo"), c.value(QStringLiteral("caseNo"))},
            {QStringLiteral("department"), c.value(QStringLiteral("department"))},
            {QStringLiteral("itemName"), c.value(QStringLiteral("itemName"))},
            {QStringLiteral("level"), level},
            {QStringLiteral("comment"), comments.at(5 - level)},
            {QStringLiteral("ratedAt"), at.toString(Qt::ISODate)},
            {QStringLiteral("replyDue"), at.addDays(level <= 2 ? 10 : 30).toString(Qt::ISODate)}};
}

QJsonObject District::inquiry(QRandomGenerator &rng, const QDateTime &at)
{
    static const QStringList questions{
            QStringLiteral("请问办理食品经营许可需要现场核查吗？"),
            QStringLiteral("我的申请已经提交三天了，什么时候能受理？"),
            QStringLiteral("窗口工作人员要求重复提交已经上传过的营业执照。"),
            QStringLiteral("户外广告设置许可的有效期是多久？")};
    const QList<Department> &depts = departments();
    const int n = rng.bounded(int(questions.size()));
    return {{QStringLiteral("id"),
             QStringLiteral("q%1").arg(at.toSecsSinceEpoch() * 100 + rng.bounded(100))},
            {QStringLiteral("kind"),
             n == 2 ? QStringLiteral("complaint") : QStringLiteral("message")},
            {QStringLiteral("department"), depts.at(rng.bounded(int(depts.size()) - 1)).code},
            {QStringLiteral("from"), QString(pick(rng, kSurnames) + QStringLiteral("先生/女士"))},
            {QStringLiteral("text"), questions.at(n)},
            {QStringLiteral("receivedAt"), at.toString(Qt::ISODate)},
            {QStringLiteral("replyDue"), at.addDays(5).toString(Qt::ISODate)}};
}

QJsonObject District::arrival(QRandomGenerator &rng, int index, int serial, const QDateTime &now)
{
    return buildCase(rng, index, serial, now, now, QStringLiteral("preReview"));
}

} // namespace sim
