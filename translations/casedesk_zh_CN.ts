<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutFacts</name>
    <message>
        <source>CaseDesk version</source>
        <translation>CaseDesk 版本</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <source> (built with %1)</source>
        <translation>（编译时为 %1）</translation>
    </message>
    <message>
        <source>OpenSSL version</source>
        <translation>OpenSSL 版本</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>配置文件夹</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>Templates and calendars</source>
        <translation>文书模板和工作日历</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Correction needed</source>
        <translation>需补正</translation>
    </message>
    <message>
        <source>Not for this department</source>
        <translation>不属于本部门</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>准予</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>不予</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面送达</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Electronic delivery</source>
        <translation>电子送达</translation>
    </message>
</context>
<context>
    <name>ActionService</name>
    <message>
        <source>An approval is signed with your personal key, and there is none to sign with here.</source>
        <translation>审批须以您的个人密钥签名，此处没有可用的签名密钥。</translation>
    </message>
</context>
<context>
    <name>ApprovalSigner</name>
    <message>
        <source>Your signing key cannot be read from the keychain: %1</source>
        <translation>无法从钥匙串读取您的签名密钥：%1</translation>
    </message>
    <message>
        <source>Your signing key cannot be kept in the keychain: %1</source>
        <translation>无法将您的签名密钥保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>The signing key in the keychain is not an SM2 key.</source>
        <translation>钥匙串中的签名密钥不是SM2密钥。</translation>
    </message>
</context>
<context>
    <name>AssignmentForm</name>
    <message>
        <source>Choose the cases to assign in the inbox first.</source>
        <translation>请先在办件列表中选择要分派的办件。</translation>
    </message>
    <message>
        <source>The department&apos;s staff are still being read.</source>
        <translation>正在读取本部门人员。</translation>
    </message>
    <message>
        <source>There is no other clerk in the department to assign to.</source>
        <translation>本部门没有可分派的其他窗口人员。</translation>
    </message>
    <message>
        <source>Choose the clerk who takes the cases.</source>
        <translation>请选择承办这些办件的窗口人员。</translation>
    </message>
    <message>
        <source>Give the reason: the platform records it in each case&apos;s history.</source>
        <translation>请填写分派原因：平台会将其记入每件办件的办理过程。</translation>
    </message>
    <message>
        <source>Reading the department&apos;s staff from the platform…</source>
        <translation>正在从平台读取本部门人员…</translation>
    </message>
    <message>
        <source>The department&apos;s staff cannot be read: %1</source>
        <translation>无法读取本部门人员：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) to assign. The clerk&apos;s claim moves with them.</source>
        <translation>
            <numerusform>将分派%n件办件，认领随之转移。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>entries before this one were deleted</source>
        <translation>此前的条目已被删除</translation>
    </message>
    <message>
        <source>does not follow the entry before it (deleted or reordered)</source>
        <translation>与前一条目不衔接（被删除或调换了顺序）</translation>
    </message>
    <message>
        <source>was edited after it was written</source>
        <translation>写入后被修改过</translation>
    </message>
</context>
<context>
    <name>BatchApproval</name>
    <message>
        <source>Grant</source>
        <translation>准予</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>不予</translation>
    </message>
    <message>
        <source>Choose the cases to approve in the inbox first.</source>
        <translation>请先在办件列表中选择要审批的办件。</translation>
    </message>
    <message>
        <source>None of these cases can be approved now.</source>
        <translation>这些办件现在都不能审批。</translation>
    </message>
</context>
<context>
    <name>BuiltInButtons</name>
    <message>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>CacheCheck</name>
    <message>
        <source>The cache could not be compared with the platform: %1</source>
        <translation>无法将本地缓存与平台核对：%1</translation>
    </message>
    <message numerus="yes">
        <source>The local cache matches the platform (%n groups compared).</source>
        <translation>
            <numerusform>本地缓存与平台一致（已核对 %n 组）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local cache differed from the platform in %n cases; they were fetched again and the cache now matches.</source>
        <translation>
            <numerusform>本地缓存与平台有 %n 件办件不一致，已重新获取，现已一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local cache differed from the platform in %n cases; they were fetched again, but the cache still differs (the platform may have changed meanwhile: check again after the next sync).</source>
        <translation>
            <numerusform>本地缓存与平台有 %n 件办件不一致，已重新获取，但仍不一致（平台可能在此期间有变更，请在下次同步后再核对）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local cache differs from the platform in %n cases.</source>
        <translation>
            <numerusform>本地缓存与平台有 %n 件办件不一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records from the platform could not be read and are set aside; they are fetched again at each sync.</source>
        <translation>
            <numerusform>平台发来的 %n 条记录无法读取，已隔离，每次同步时重新获取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheRescue</name>
    <message>
        <source>actions not yet sent</source>
        <translation>待发送的操作</translation>
    </message>
    <message>
        <source>discarded actions</source>
        <translation>已放弃的操作</translation>
    </message>
    <message>
        <source>audit records</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>issued notices</source>
        <translation>已出具的文书</translation>
    </message>
    <message>
        <source>reserved document number blocks</source>
        <translation>预留文号段</translation>
    </message>
    <message>
        <source>material checklists</source>
        <translation>材料核验清单</translation>
    </message>
    <message>
        <source>stored materials</source>
        <translation>已存材料</translation>
    </message>
    <message>
        <source>The damaged local cache %1 cannot be moved aside to rebuild it.</source>
        <translation>无法移开已损坏的本地缓存 %1，因此不能重建。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 %2 条</translation>
    </message>
    <message>
        <source>The local cache file was damaged. CaseDesk started a new one and fetches the cases from the platform again.</source>
        <translation>本地缓存文件已损坏。CaseDesk 已新建缓存，正从平台重新获取办件。</translation>
    </message>
    <message>
        <source>Nothing of this computer&apos;s own was waiting in it.</source>
        <translation>其中没有本机尚未上传的内容。</translation>
    </message>
    <message>
        <source>Kept from it: %1.</source>
        <translation>已从中保留：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Could not be read in full: %1. The damaged file is kept as %2; give it to the administrator.</source>
        <translation>以下内容未能完整读出：%1。已损坏的文件另存为 %2，请交给管理员。</translation>
    </message>
</context>
<context>
    <name>CaseRefetch</name>
    <message>
        <source>The platform answered with another case.</source>
        <translation>平台返回的是另一件办件。</translation>
    </message>
</context>
<context>
    <name>CaseStage</name>
    <message>
        <source>Awaiting pre-review</source>
        <translation>待预审</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation>补正中</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>特别程序中</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Writing to the local cache failed: %1</source>
        <translation>写入本地缓存失败：%1</translation>
    </message>
    <message>
        <source>The local cache is busy: %1</source>
        <translation>本地缓存正忙：%1</translation>
    </message>
    <message>
        <source>Case %1 is not in the local cache.</source>
        <translation>办件 %1 不在本地缓存中。</translation>
    </message>
    <message>
        <source>The cached case cannot be read: %1</source>
        <translation>无法读取缓存的办件：%1</translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>无法读取本地缓存：%1</translation>
    </message>
    <message>
        <source>Reading the local cache failed: %1</source>
        <translation>读取本地缓存失败：%1</translation>
    </message>
</context>
<context>
    <name>CounterIntake</name>
    <message>
        <source>The service item is not one of your department&apos;s items.</source>
        <translation>所选事项不是本部门的事项。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>The file is not a PDF, OFD, JPEG, PNG or TIFF document (it looks like %1).</source>
        <translation>文件不是 PDF、OFD、JPEG、PNG 或 TIFF 文档（看起来是%1）。</translation>
    </message>
    <message>
        <source>A file belongs to no material handed in.</source>
        <translation>有文件不属于任何已收材料。</translation>
    </message>
    <message>
        <source>Scans are kept in the vault, and the vault needs the data key from the system keychain.</source>
        <translation>扫描件保存在加密存储区，而加密存储区需要系统钥匙串中的数据密钥。</translation>
    </message>
    <message>
        <source>The receipt is not kept for a reprint: the vault needs the data key from the system keychain.</source>
        <translation>收件回执未保存以供补打：加密存储区需要系统钥匙串中的数据密钥。</translation>
    </message>
    <message>
        <source>No such file is kept for this application.</source>
        <translation>本机未保存该申请的此文件。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available, so CaseDesk cannot remember your sign-in or its keys.</source>
        <translation>没有可用的系统钥匙串，CaseDesk 无法记住您的登录和密钥。</translation>
    </message>
    <message>
        <source>The keychain could not be used (error %1). The details are in the log.</source>
        <translation>无法使用系统钥匙串（错误 %1），详情见日志。</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). If it asks for your password, unlock it and try again.</source>
        <translation>
            <numerusform>系统钥匙串在 %n 秒内没有回应。如果它要求输入密码，请解锁后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock your login keyring and try again.</source>
        <translation>系统钥匙串已锁定或拒绝访问。请解锁登录密钥环后重试。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>无法打开本地缓存 %1：%2</translation>
    </message>
    <message>
        <source>The local cache %1 is not usable: %2</source>
        <translation>本地缓存 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>The local cache %1 is not a database.</source>
        <translation>本地缓存 %1 不是有效的数据库。</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer CaseDesk (schema %2, this version knows %3). Update CaseDesk; the cache was left untouched.</source>
        <translation>本地缓存 %1 由更新版本的 CaseDesk 写入（结构版本 %2，本版本支持 %3）。请升级 CaseDesk；缓存未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot back up the local cache before upgrading it: %1</source>
        <translation>升级前无法备份本地缓存：%1</translation>
    </message>
    <message>
        <source>Upgrading the local cache to schema %1 failed: %2</source>
        <translation>将本地缓存升级到结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>The local cache file is damaged. Restart CaseDesk: it rebuilds the cache from the platform and keeps the actions, notices and audit records not yet sent.</source>
        <translation>本地缓存文件已损坏。请重新启动 CaseDesk：它会从平台重建缓存，并保留尚未发送的操作、文书和审计记录。</translation>
    </message>
    <message>
        <source>the disk that holds the profile is full. Free some space (or ask the administrator to); nothing is lost, and CaseDesk goes on where it stopped.</source>
        <translation>保存配置的磁盘已满。请腾出空间（或请管理员处理）；数据不会丢失，CaseDesk 会从中断处继续。</translation>
    </message>
    <message>
        <source>the profile folder or the cache file is read-only.</source>
        <translation>配置文件夹或缓存文件为只读。</translation>
    </message>
    <message>
        <source>the cache file cannot be opened (a missing or unwritable folder).</source>
        <translation>无法打开缓存文件（文件夹不存在或不可写）。</translation>
    </message>
    <message>
        <source>the disk could not be read or written (a failing or removed disk).</source>
        <translation>磁盘无法读写（磁盘故障或已移除）。</translation>
    </message>
    <message>
        <source>another program holds the cache; try again in a moment.</source>
        <translation>另一个程序正在使用缓存，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <source>15-digit ID numbers of the first generation are no longer valid; ask for the 18-digit number.</source>
        <translation>第一代15位身份证号码已停止使用，请申请人提供18位号码。</translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>身份证号码应为18位，此号码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the ID number must be a digit.</source>
        <translation>身份证号码第 %1 位应为数字。</translation>
    </message>
    <message>
        <source>The last character of the ID number must be a digit or X.</source>
        <translation>身份证号码最后一位应为数字或 X。</translation>
    </message>
    <message>
        <source>The ID number does not begin with a region&apos;s code.</source>
        <translation>身份证号码开头不是行政区划代码。</translation>
    </message>
    <message>
        <source>Characters 7 to 14 of the ID number are not a date of birth.</source>
        <translation>身份证号码第7至14位不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The date of birth in the ID number cannot be right.</source>
        <translation>身份证号码中的出生日期不可能正确。</translation>
    </message>
    <message>
        <source>The check digit of the ID number does not match: a character was mistyped.</source>
        <translation>身份证号码校验位不符：有一位录入有误。</translation>
    </message>
    <message>
        <source>The unified social credit code is empty.</source>
        <translation>统一社会信用代码为空。</translation>
    </message>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>统一社会信用代码应为18位，此代码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the unified social credit code is not allowed (I, O, S, V and Z are never used).</source>
        <translation>统一社会信用代码第 %1 位字符不允许使用（代码中不使用 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of the unified social credit code are the region&apos;s code and must be digits.</source>
        <translation>统一社会信用代码第3至8位为行政区划代码，应为数字。</translation>
    </message>
    <message>
        <source>The check character of the unified social credit code does not match: a character was mistyped.</source>
        <translation>统一社会信用代码校验码不符：有一位录入有误。</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Choose the service item the application is for.</source>
        <translation>请选择申请办理的事项。</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is missing.</source>
        <translation>未填写单位名称。</translation>
    </message>
    <message>
        <source>The applicant&apos;s name is missing.</source>
        <translation>未填写申请人姓名。</translation>
    </message>
    <message>
        <source>The applicant&apos;s name is too long.</source>
        <translation>申请人名称过长。</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <source>The legal representative is missing.</source>
        <translation>未填写法定代表人。</translation>
    </message>
    <message>
        <source>The applicant&apos;s telephone, address or legal representative is too long.</source>
        <translation>申请人的电话、地址或法定代表人过长。</translation>
    </message>
    <message>
        <source>The agent&apos;s name is missing.</source>
        <translation>未填写代办人姓名。</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>代办人：%1</translation>
    </message>
    <message>
        <source>The remarks are too long.</source>
        <translation>备注过长。</translation>
    </message>
    <message>
        <source>The application cannot have been received after today.</source>
        <translation>收件时间不能晚于今天。</translation>
    </message>
    <message>
        <source>A material handed in has no name.</source>
        <translation>有一项已收材料没有名称。</translation>
    </message>
    <message>
        <source>A material&apos;s pages or copies are not a count.</source>
        <translation>材料的页数或份数不是有效数目。</translation>
    </message>
</context>
<context>
    <name>IntakeRegister</name>
    <message>
        <source>The application could not be saved: %1</source>
        <translation>收件登记无法保存：%1</translation>
    </message>
    <message>
        <source>The application cannot be kept on this computer without the data key from the system keychain.</source>
        <translation>没有系统钥匙串中的数据密钥，无法在本机保存收件登记。</translation>
    </message>
    <message>
        <source>The application is no longer on this computer.</source>
        <translation>本机已没有这份收件登记。</translation>
    </message>
    <message>
        <source>The applicant&apos;s data cannot be opened with this computer&apos;s data key.</source>
        <translation>无法用本机的数据密钥打开申请人信息。</translation>
    </message>
    <message>
        <source>The platform answered with case %1, which the application %2 registered here already became. Ask the platform&apos;s administrator; this application is kept and not sent again.</source>
        <translation>平台返回的办件 %1 已是本机登记的申请 %2 所建立的办件。请联系平台管理员；本申请已保留，不再重复发送。</translation>
    </message>
</context>
<context>
    <name>JsonMapping</name>
    <message>
        <source>is not an integer</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>is not an ISO 8601 date and time</source>
        <translation>不是 ISO 8601 日期时间</translation>
    </message>
    <message>
        <source>The platform sent invalid data: %1 %2.</source>
        <translation>平台返回的数据无效：%1 %2。</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>类型错误</translation>
    </message>
    <message>
        <source>The platform sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation>平台返回的内容不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>is not a valid time limit</source>
        <translation>不是有效的时限</translation>
    </message>
    <message>
        <source>has an unknown unit</source>
        <translation>单位未知</translation>
    </message>
    <message>
        <source>names an unknown stage</source>
        <translation>环节未知</translation>
    </message>
    <message>
        <source>names an unknown kind of applicant</source>
        <translation>申请人类型未知</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>names an unknown operation</source>
        <translation>操作类型未知</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出允许范围</translation>
    </message>
    <message>
        <source>lies before the start</source>
        <translation>早于开始时间</translation>
    </message>
    <message>
        <source>The stored case is not a JSON object (%1).</source>
        <translation>缓存的办件记录已损坏（%1）。</translation>
    </message>
    <message>
        <source>names a role that approves nothing</source>
        <translation>指定了无审批权的角色</translation>
    </message>
    <message>
        <source>is not an allowed identifier</source>
        <translation>不是允许的标识</translation>
    </message>
    <message>
        <source>does not match the change&apos;s id</source>
        <translation>与变更记录的标识不一致</translation>
    </message>
    <message>
        <source>names an unknown channel</source>
        <translation>指明了未知的申报渠道</translation>
    </message>
    <message>
        <source>The platform reported an upload position outside the file.</source>
        <translation>平台报告的上传位置超出了文件范围。</translation>
    </message>
</context>
<context>
    <name>LocalData</name>
    <message numerus="yes">
        <source>%n action(s) not yet sent</source>
        <translation>
            <numerusform>%n 个操作尚未发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s) the platform does not have yet</source>
        <translation>
            <numerusform>%n 条审计记录尚未上传到平台</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove: %1</source>
        <translation>无法删除：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) not yet uploaded</source>
        <translation>
            <numerusform>%n 份文书尚未上传</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaterialChecklist</name>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Does not meet the requirements</source>
        <translation>不符合要求</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation>需补正</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>Illegible copy</source>
        <translation>复印件不清晰</translation>
    </message>
    <message>
        <source>Official seal missing</source>
        <translation>未加盖公章</translation>
    </message>
    <message>
        <source>Signature missing</source>
        <translation>缺少签字</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过有效期</translation>
    </message>
    <message>
        <source>Incomplete: pages missing</source>
        <translation>不完整：缺页</translation>
    </message>
    <message>
        <source>Does not match the application form</source>
        <translation>与申请表内容不一致</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>文件无法打开</translation>
    </message>
    <message>
        <source>Original required</source>
        <translation>需提交原件</translation>
    </message>
</context>
<context>
    <name>MaterialFetcher</name>
    <message>
        <source>The file is larger than CaseDesk accepts (200 MiB).</source>
        <translation>文件超过 CaseDesk 允许的大小（200 MiB）。</translation>
    </message>
</context>
<context>
    <name>MaterialUploads</name>
    <message>
        <source>The file could not be queued for the platform: %1</source>
        <translation>无法将文件加入上传队列：%1</translation>
    </message>
</context>
<context>
    <name>NoticeDocument</name>
    <message>
        <source>The notice has no pages.</source>
        <translation>文书没有任何页面。</translation>
    </message>
    <message>
        <source>Writing the PDF failed.</source>
        <translation>写入 PDF 失败。</translation>
    </message>
</context>
<context>
    <name>NoticeIssuer</name>
    <message>
        <source>There is no signing certificate (%1). Import the department&apos;s certificate with casedesk-cli signing-cert import, or fetch one with casedesk-cli signing-cert fetch.</source>
        <translation>没有签名证书（%1）。请用 casedesk-cli signing-cert import 导入本部门证书，或用 casedesk-cli signing-cert fetch 获取。</translation>
    </message>
    <message>
        <source>The signing certificate&apos;s password is not in the keychain: %1</source>
        <translation>钥匙串中没有签名证书的密码：%1</translation>
    </message>
    <message>
        <source>The SM2 seal key cannot be kept in the keychain: %1</source>
        <translation>无法在钥匙串中保存 SM2 印章密钥：%1</translation>
    </message>
    <message>
        <source>The seal image %1 cannot be read.</source>
        <translation>无法读取印章图片 %1。</translation>
    </message>
    <message>
        <source>The applicant&apos;s address is sealed and the data key is not available: a notice cannot be addressed without it.</source>
        <translation>申请人地址已加密，且数据密钥不可用：无法出具文书。</translation>
    </message>
    <message>
        <source>Notices are kept in the vault, and the vault needs the data key.</source>
        <translation>文书保存在加密存储区中，而加密存储区需要数据密钥。</translation>
    </message>
    <message>
        <source>No 文号 is left for %1 notices of %2 on this computer. Sync online once to reserve more.</source>
        <translation>本机已没有 %2 年 %1 类文书的文号。请联网同步一次以预留更多文号。</translation>
    </message>
    <message>
        <source>The notice could not be registered in the cache.</source>
        <translation>无法在本地缓存中登记该文书。</translation>
    </message>
</context>
<context>
    <name>NoticeTemplate</name>
    <message>
        <source>Template %1, line %2: %3</source>
        <translation>模板 %1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>an empty placeholder {{}}</source>
        <translation>空的占位符 {{}}</translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that was never opened</source>
        <translation>{{/%1}} 结束了一个从未开始的段落</translation>
    </message>
    <message>
        <source>sections cannot be nested ({{#%1}})</source>
        <translation>段落不能嵌套（{{#%1}}）</translation>
    </message>
    <message>
        <source>{{#%1}} is never closed</source>
        <translation>{{#%1}} 没有结束标记</translation>
    </message>
    <message>
        <source>unknown list {{#%1}}</source>
        <translation>未知的列表 {{#%1}}</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}</source>
        <translation>未知的占位符 {{%1}}</translation>
    </message>
    <message>
        <source>Template %1 does not start with its &lt;!--notice … --&gt; header.</source>
        <translation>模板 %1 没有以 &lt;!--notice … --&gt; 头部开始。</translation>
    </message>
    <message>
        <source>Template %1, line %2: expected “name: value”.</source>
        <translation>模板 %1 第 %2 行：应为“名称: 值”。</translation>
    </message>
    <message>
        <source>Template %1, line %2: unknown header field “%3”.</source>
        <translation>模板 %1 第 %2 行：未知的头部字段“%3”。</translation>
    </message>
    <message>
        <source>Template %1: the header must name the kind and the title.</source>
        <translation>模板 %1：头部必须写明种类和标题。</translation>
    </message>
    <message>
        <source>“%1” is not a notice kind.</source>
        <translation>“%1”不是文书种类。</translation>
    </message>
    <message>
        <source>There is no template for notices of kind “%1”.</source>
        <translation>没有“%1”类文书的模板。</translation>
    </message>
    <message>
        <source>Template %1 cannot be read: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <source>Template %1 is not UTF-8 text.</source>
        <translation>模板 %1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Template %1 says it is for “%2”, not “%3”.</source>
        <translation>模板 %1 声明用于“%2”，而不是“%3”。</translation>
    </message>
    <message>
        <source>The %1 cannot be issued: %2 is missing.</source>
        <translation>无法签发%1：缺少 %2。</translation>
    </message>
    <message>
        <source>unknown partial {{&gt;%1}}</source>
        <translation>未知的共用片段 {{&gt;%1}}</translation>
    </message>
    <message>
        <source>Partial %1 includes another partial; only templates may.</source>
        <translation>共用片段 %1 又引用了其他共用片段；只有模板可以引用。</translation>
    </message>
    <message>
        <source>the department&apos;s name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>the department&apos;s address</source>
        <translation>部门地址</translation>
    </message>
    <message>
        <source>the contact telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>the complaint telephone</source>
        <translation>投诉电话</translation>
    </message>
    <message>
        <source>the reconsideration body</source>
        <translation>复议机关</translation>
    </message>
    <message>
        <source>the court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <source>the document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>the notice&apos;s date</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>申报号</translation>
    </message>
    <message>
        <source>the date of receipt</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>the date of acceptance</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>the applicant&apos;s name</source>
        <translation>申请人姓名</translation>
    </message>
    <message>
        <source>the applicant&apos;s address</source>
        <translation>申请人地址</translation>
    </message>
    <message>
        <source>the service item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>the item&apos;s legal basis</source>
        <translation>事项的法律依据</translation>
    </message>
    <message>
        <source>the promised time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>the statutory time limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>the decision&apos;s due date</source>
        <translation>决定期限</translation>
    </message>
    <message>
        <source>the handler&apos;s name</source>
        <translation>经办人姓名</translation>
    </message>
    <message>
        <source>the reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>the legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>the licence number</source>
        <translation>许可证编号</translation>
    </message>
    <message>
        <source>the licence&apos;s expiry date</source>
        <translation>许可有效期</translation>
    </message>
    <message>
        <source>the list of materials to correct</source>
        <translation>需补齐补正的材料清单</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the name of who approved the decision</source>
        <translation>批准人姓名</translation>
    </message>
</context>
<context>
    <name>OfdDocument</name>
    <message>
        <source>Part of the page nests too deeply and is not drawn.</source>
        <translation>此页有部分内容嵌套过深，未予显示。</translation>
    </message>
    <message>
        <source>The OFD file names no document.</source>
        <translation>该 OFD 文件未指明文档。</translation>
    </message>
    <message>
        <source>The OFD document has no pages.</source>
        <translation>该 OFD 文档没有页面。</translation>
    </message>
    <message>
        <source>The OFD document has no page %1.</source>
        <translation>该 OFD 文档没有第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of the OFD document has an impossible size.</source>
        <translation>该 OFD 文档第 %1 页的页面尺寸不合理。</translation>
    </message>
    <message>
        <source>A template of this page is missing.</source>
        <translation>此页使用的模板页缺失。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of this page are out of any sensible place or size and are not drawn.</source>
        <translation>
            <numerusform>此页有 %n 个对象的位置或尺寸不合理，未予显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>An image of this page is missing.</source>
        <translation>此页的一幅图像缺失。</translation>
    </message>
    <message>
        <source>An image of this page is damaged or of an unknown type.</source>
        <translation>此页的一幅图像已损坏或格式未知。</translation>
    </message>
    <message>
        <source>A part of the OFD file holds more objects than can be shown.</source>
        <translation>该 OFD 文件的某一部分包含的对象过多，无法显示。</translation>
    </message>
    <message>
        <source>A part of the OFD file nests its elements too deeply.</source>
        <translation>该 OFD 文件的某一部分元素嵌套过深。</translation>
    </message>
    <message>
        <source>A part of the OFD file is not well-formed XML.</source>
        <translation>该 OFD 文件的某一部分不是格式正确的 XML。</translation>
    </message>
    <message>
        <source>SM2 with SM3</source>
        <translation>SM2/SM3 签名</translation>
    </message>
    <message>
        <source>SM2</source>
        <translation>SM2 签名</translation>
    </message>
    <message>
        <source>RSA with SHA-256</source>
        <translation>RSA/SHA-256 签名</translation>
    </message>
    <message>
        <source>RSA with SHA-1</source>
        <translation>RSA/SHA-1 签名</translation>
    </message>
    <message>
        <source>ECDSA with SHA-256</source>
        <translation>ECDSA/SHA-256 签名</translation>
    </message>
    <message>
        <source>unnamed seal</source>
        <translation>未署名的印章</translation>
    </message>
    <message>
        <source>time not stated</source>
        <translation>未注明时间</translation>
    </message>
    <message>
        <source>an algorithm CaseDesk does not know</source>
        <translation>未知的签名算法</translation>
    </message>
    <message>
        <source>Seal: %1, %2, %3 — not verified: CaseDesk does not check signatures, so this says nothing about whether it is valid.</source>
        <translation>电子印章：%1，%2，%3 —— 未核验：本软件不核验电子签章，此处不表示签章有效。</translation>
    </message>
    <message>
        <source>A JBIG2 image of this page is empty.</source>
        <translation>本页的一幅黑白扫描图像（JBIG2）为空。</translation>
    </message>
    <message>
        <source>A JBIG2 image of this page is damaged.</source>
        <translation>本页的一幅黑白扫描图像（JBIG2）已损坏，无法显示。</translation>
    </message>
    <message>
        <source>A JBIG2 image of this page is larger than CaseDesk decodes (256 MiB).</source>
        <translation>本页的一幅黑白扫描图像（JBIG2）过大（超过 256 MiB），不予解码。</translation>
    </message>
    <message>
        <source>A seal of this page is damaged and cannot be shown.</source>
        <translation>本页的一枚电子印章已损坏，无法显示。</translation>
    </message>
</context>
<context>
    <name>OfdPackage</name>
    <message>
        <source>The OFD file is damaged: it is not a readable zip package.</source>
        <translation>该 OFD 文件已损坏：不是可读取的压缩包。</translation>
    </message>
    <message>
        <source>The file is a zip package but not an OFD document (it has no OFD.xml).</source>
        <translation>该文件是压缩包，但不是 OFD 文档（缺少 OFD.xml）。</translation>
    </message>
    <message>
        <source>The OFD file names a part it does not contain (%1).</source>
        <translation>该 OFD 文件引用了其中不存在的部分（%1）。</translation>
    </message>
    <message>
        <source>A part of the OFD file cannot be read (%1).</source>
        <translation>无法读取该 OFD 文件的一部分（%1）。</translation>
    </message>
    <message>
        <source>A part of the OFD file is larger than allowed (%1, %2 MiB).</source>
        <translation>该 OFD 文件的一部分超过允许的大小（%1，%2 MiB）。</translation>
    </message>
    <message>
        <source>The OFD file looks like a zip bomb: a part grows %1 times when unpacked.</source>
        <translation>该 OFD 文件疑似压缩炸弹：其中一部分解压后膨胀 %1 倍。</translation>
    </message>
    <message>
        <source>The OFD file unpacks to more than %1 MiB.</source>
        <translation>该 OFD 文件解压后超过 %1 MiB。</translation>
    </message>
    <message>
        <source>A part of the OFD file is damaged or cut off (%1).</source>
        <translation>该 OFD 文件的一部分已损坏或不完整（%1）。</translation>
    </message>
</context>
<context>
    <name>OfdPainter</name>
    <message>
        <source>The page cannot be drawn at this size.</source>
        <translation>无法按此尺寸绘制页面。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The action could not be saved: %1</source>
        <translation>无法保存该操作：%1</translation>
    </message>
    <message>
        <source>The case %1 is not in the local cache.</source>
        <translation>本地缓存中没有办件 %1。</translation>
    </message>
    <message>
        <source>There is no held action %1.</source>
        <translation>没有被挂起的操作 %1。</translation>
    </message>
    <message>
        <source>Say why the action is discarded; the reason is kept.</source>
        <translation>请说明放弃该操作的原因，原因将被记录。</translation>
    </message>
    <message>
        <source>There is no action %1 in the outbox.</source>
        <translation>待发送队列中没有操作 %1。</translation>
    </message>
    <message>
        <source>The local cache could not be read: %1</source>
        <translation>无法读取本地缓存：%1</translation>
    </message>
</context>
<context>
    <name>PdfSignature</name>
    <message>
        <source>The signing certificate is not a PKCS#12 file.</source>
        <translation>签名证书不是 PKCS#12 文件。</translation>
    </message>
    <message>
        <source>The signing certificate cannot be opened: wrong password or damaged file.</source>
        <translation>无法打开签名证书：密码错误或文件损坏。</translation>
    </message>
    <message>
        <source>The signing certificate expired on %1.</source>
        <translation>签名证书已于 %1 过期。</translation>
    </message>
    <message>
        <source>The notice&apos;s PDF cannot be prepared for signing: %1</source>
        <translation>无法为文书 PDF 准备签名：%1</translation>
    </message>
    <message>
        <source>The signature&apos;s place was not found in the PDF.</source>
        <translation>在 PDF 中找不到签名位置。</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>签名失败：%1</translation>
    </message>
    <message>
        <source>The signature does not fit the room reserved for it.</source>
        <translation>签名超出了预留的空间。</translation>
    </message>
    <message>
        <source>The file is not a readable PDF: %1</source>
        <translation>该文件不是可读的 PDF：%1</translation>
    </message>
    <message>
        <source>The PDF carries no signature.</source>
        <translation>该 PDF 没有签名。</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range is malformed.</source>
        <translation>签名的字节范围格式错误。</translation>
    </message>
    <message>
        <source>The file was changed or extended after it was signed: the signature does not cover all of it.</source>
        <translation>文件在签名后被修改或追加了内容：签名未覆盖整个文件。</translation>
    </message>
    <message>
        <source>The signature is not a CMS signature.</source>
        <translation>该签名不是 CMS 签名。</translation>
    </message>
    <message>
        <source>The signature does not match the document: it was altered.</source>
        <translation>签名与文档不符：文档已被篡改。</translation>
    </message>
</context>
<context>
    <name>PkceSignIn</name>
    <message>
        <source>Cannot wait for the identity portal&apos;s answer: %1</source>
        <translation>无法等待统一身份认证平台的回应：%1</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to CaseDesk.</source>
        <translation>登录成功。您可以关闭此页面，返回办件工作台。</translation>
    </message>
    <message>
        <source>This sign-in answer was not expected by CaseDesk.</source>
        <translation>办件工作台没有发起此次登录，已拒绝该回应。</translation>
    </message>
</context>
<context>
    <name>RestPlatformClient</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>您尚未登录。</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was refused: %1</source>
        <translation>平台证书未通过验证，已拒绝连接：%1</translation>
    </message>
    <message>
        <source>Cannot reach the platform at %1: %2</source>
        <translation>无法连接平台 %1：%2</translation>
    </message>
    <message>
        <source>The platform does not allow this for your role.</source>
        <translation>平台不允许您的角色执行此操作。</translation>
    </message>
    <message>
        <source>The platform does not know this record.</source>
        <translation>平台上不存在该记录。</translation>
    </message>
    <message>
        <source>The platform no longer knows the last sync position; a full resync is needed.</source>
        <translation>平台已无法识别上次同步位置，需要完整重新同步。</translation>
    </message>
    <message>
        <source>The platform is busy; CaseDesk will try again shortly.</source>
        <translation>平台繁忙，CaseDesk 稍后将自动重试。</translation>
    </message>
    <message>
        <source>The platform answered with an error (HTTP %1).</source>
        <translation>平台返回错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>The case was changed on the platform meanwhile.</source>
        <translation>该办件已在平台上被修改。</translation>
    </message>
    <message>
        <source>Another user has claimed this case.</source>
        <translation>该办件已被其他人员认领。</translation>
    </message>
    <message>
        <source>The case&apos;s current stage does not allow this.</source>
        <translation>办件当前环节不允许此操作。</translation>
    </message>
    <message>
        <source>The platform refused the request as incomplete or invalid.</source>
        <translation>平台认为请求内容不完整或无效，已拒绝。</translation>
    </message>
    <message>
        <source>The platform sent a case that is not JSON.</source>
        <translation>平台返回的办件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The platform sent another part of the file than asked.</source>
        <translation>平台返回的文件片段与请求的不一致。</translation>
    </message>
    <message>
        <source>The platform sent a calendar that is not JSON.</source>
        <translation>平台返回的工作日历不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was refused: its key is not one of the pinned keys in the settings. Nothing was sent. Ask your administrator.</source>
        <translation>平台证书被拒绝：其公钥不在设置中固定的公钥之列。未发送任何数据。请联系管理员。</translation>
    </message>
    <message>
        <source>The identity portal&apos;s sign-in could not be completed; please try again.</source>
        <translation>统一身份认证登录未能完成，请重试。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer to the audit log is not understood.</source>
        <translation>无法识别平台对审计日志的回应。</translation>
    </message>
    <message>
        <source>The platform sent a block of numbers that cannot be used.</source>
        <translation>平台发来的文号段无法使用。</translation>
    </message>
    <message>
        <source>The platform sent a signing certificate that cannot be used.</source>
        <translation>平台发来的签名证书无法使用。</translation>
    </message>
    <message>
        <source>The platform did not say which signing key it registered.</source>
        <translation>平台未说明登记了哪个签名密钥。</translation>
    </message>
    <message>
        <source>The platform did not accept your signature: the case is no longer as you saw it when you signed. Open it again, check it and approve again.</source>
        <translation>平台未接受您的签名：办件已不是您签名时所见的内容。请重新打开、核对后再审批。</translation>
    </message>
    <message>
        <source>The platform did not accept the approval: it is not signed with a key registered for you.</source>
        <translation>平台未接受该审批：未使用为您登记的密钥签名。</translation>
    </message>
    <message>
        <source>Cases are assigned only to clerks of their department.</source>
        <translation>办件只能分派给本部门的窗口人员。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer is larger than allowed (%1 MiB); none of it was used.</source>
        <translation>平台的答复超过允许的大小（%1 MiB），未采用其中任何内容。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer was cut off (%1 of %2 bytes arrived); CaseDesk will try again.</source>
        <translation>平台的答复不完整（只收到 %2 字节中的 %1 字节），稍后将重试。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be unpacked (broken or far too strongly compressed); none of it was used.</source>
        <translation>平台的答复无法解压（数据损坏或压缩比异常），未采用其中任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>The platform did not finish its answer within %n second(s); CaseDesk stopped waiting and will try again.</source>
        <translation>
            <numerusform>平台未在 %n 秒内答复完毕，已停止等待，稍后将重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform refused the application: an ID number does not check.</source>
        <translation>平台拒收此申请：证件号码校验不通过。</translation>
    </message>
    <message>
        <source>The platform refused the application: the unified social credit code does not check.</source>
        <translation>平台拒收此申请：统一社会信用代码校验不通过。</translation>
    </message>
    <message>
        <source>The platform refused the application: the time it was received lies in the future or more than 30 days back.</source>
        <translation>平台拒收此申请：收件时间晚于现在或早于30天前。</translation>
    </message>
    <message>
        <source>The platform does not know the service item of the application.</source>
        <translation>平台没有此申请所办理的事项。</translation>
    </message>
    <message>
        <source>The platform holds another part of the file than was sent; the upload goes on from there.</source>
        <translation>平台已接收的部分与所发送的不同；将从平台已接收的位置继续上传。</translation>
    </message>
    <message>
        <source>The platform received the file damaged (its checksum does not match); it is sent again.</source>
        <translation>平台收到的文件已损坏（校验值不符），将重新发送。</translation>
    </message>
    <message>
        <source>The file is larger than the platform accepts.</source>
        <translation>文件超出平台允许的大小。</translation>
    </message>
    <message>
        <source>The platform does not accept files of this type.</source>
        <translation>平台不接受此类型的文件。</translation>
    </message>
</context>
<context>
    <name>ScannedPdf</name>
    <message>
        <source>There are no pages to save.</source>
        <translation>没有可保存的页面。</translation>
    </message>
    <message>
        <source>Page %1 could not be compressed.</source>
        <translation>第 %1 页无法压缩保存。</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>The scanner is busy (another program or computer is using it). Try again in a moment.</source>
        <translation>扫描仪正忙（其他程序或电脑正在使用），请稍后再试。</translation>
    </message>
    <message>
        <source>The paper is jammed in the scanner. Clear it and scan the remaining pages.</source>
        <translation>扫描仪卡纸。请取出卡住的纸张，再扫描其余页面。</translation>
    </message>
    <message>
        <source>There is no paper in the scanner&apos;s feeder.</source>
        <translation>扫描仪的进纸器中没有纸。</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it and scan again.</source>
        <translation>扫描仪盖板未合上，请合上后重新扫描。</translation>
    </message>
    <message>
        <source>The scanner stopped answering (unplugged, switched off or off the network).</source>
        <translation>扫描仪没有响应（可能已拔出、关机或断开网络）。</translation>
    </message>
    <message>
        <source>There is not enough memory for this scan. Choose a lower resolution.</source>
        <translation>内存不足，无法完成本次扫描，请选择较低的分辨率。</translation>
    </message>
    <message>
        <source>This computer is not allowed to use the scanner (ask the administrator to give the user access).</source>
        <translation>本电脑无权使用该扫描仪（请联系管理员为当前用户开通权限）。</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>The scanner does not support these settings.</source>
        <translation>扫描仪不支持这些设置。</translation>
    </message>
    <message>
        <source>The scanner reported an error.</source>
        <translation>扫描仪报告了错误。</translation>
    </message>
    <message>
        <source>The scanner library could not start.</source>
        <translation>扫描组件无法启动。</translation>
    </message>
    <message>
        <source>A page at this resolution is too large. Choose a lower resolution.</source>
        <translation>此分辨率下页面过大，请选择较低的分辨率。</translation>
    </message>
    <message>
        <source>The scanner sent a page CaseDesk cannot read.</source>
        <translation>扫描仪传来的页面无法读取。</translation>
    </message>
    <message>
        <source>The chosen scanner is not connected (unplugged, switched off or off the network). Connect it, or choose another one.</source>
        <translation>所选扫描仪未连接（可能已拔出、关机或断开网络）。请连接后重试，或选择其他扫描仪。</translation>
    </message>
</context>
<context>
    <name>SealRecord</name>
    <message>
        <source>The seal key is not an SM2 key.</source>
        <translation>印章密钥不是 SM2 密钥。</translation>
    </message>
    <message>
        <source>The SM2 seal could not be made.</source>
        <translation>无法生成 SM2 印章。</translation>
    </message>
    <message>
        <source>This is not a CaseDesk seal record.</source>
        <translation>这不是 CaseDesk 印章记录。</translation>
    </message>
    <message>
        <source>The document&apos;s SM3 digest differs from the sealed one: the document was altered.</source>
        <translation>文档的 SM3 摘要与盖章时不同：文档已被篡改。</translation>
    </message>
    <message>
        <source>The seal record&apos;s public key is not an SM2 key.</source>
        <translation>印章记录中的公钥不是 SM2 公钥。</translation>
    </message>
    <message>
        <source>The SM2 signature of the seal record does not verify.</source>
        <translation>印章记录的 SM2 签名校验失败。</translation>
    </message>
</context>
<context>
    <name>Sm2</name>
    <message>
        <source>This OpenSSL cannot make SM2 keys.</source>
        <translation>当前的OpenSSL无法生成SM2密钥。</translation>
    </message>
    <message>
        <source>The key is not an SM2 private key.</source>
        <translation>该密钥不是SM2私钥。</translation>
    </message>
    <message>
        <source>The SM2 signature could not be made.</source>
        <translation>无法生成SM2签名。</translation>
    </message>
</context>
<context>
    <name>StageDeadline</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1; pre-review opinion within %2, the day of receipt not counted: by %3.</source>
        <translation>%1 收件；应在 %2 内（收件当日不计）提出预审意见：%3 前。</translation>
    </message>
    <message>
        <source>Corrected materials received %1; the acceptance period starts again.</source>
        <translation>%1 收到补正材料，受理期限重新计算。</translation>
    </message>
    <message>
        <source>Accept, refuse or ask for correction once within %1 of %2: by %3; after that the application counts as accepted from receipt.</source>
        <translation>应自 %2 起 %1 内作出受理、不予受理或一次性告知补正：%3 前；逾期视为自收到申请之日起受理。</translation>
    </message>
    <message>
        <source>Accepted %1; statutory limit %2.</source>
        <translation>%1 受理；法定时限 %2。</translation>
    </message>
    <message>
        <source>Extension of %1 days asked; the law allows at most %2.</source>
        <translation>申请延期 %1 日，依法最多延长 %2 日。</translation>
    </message>
    <message>
        <source>Extended by %1 with the agency head&apos;s approval.</source>
        <translation>经本机关负责人批准延长 %1。</translation>
    </message>
    <message>
        <source>%1 from %2 to %3: not counted.</source>
        <translation>%1（%2 至 %3）：不计入期限。</translation>
    </message>
    <message>
        <source>%1 since %2: the clock stands until it ends.</source>
        <translation>%1（自 %2 起）：结束前暂停计时。</translation>
    </message>
    <message>
        <source>Promised limit %1: by %2.</source>
        <translation>承诺时限 %1：%2 前。</translation>
    </message>
    <message>
        <source>Statutory deadline: %1.</source>
        <translation>法定期限：%1。</translation>
    </message>
    <message>
        <source>A special procedure is running; the case&apos;s own clock stands.</source>
        <translation>特别程序进行中，办件期限暂停计算。</translation>
    </message>
    <message>
        <source>%1 since %2, without a limit of its own.</source>
        <translation>%1（自 %2 起），未设时限。</translation>
    </message>
    <message>
        <source>%1 since %2 within %3: by %4.</source>
        <translation>%1（自 %2 起，时限 %3）：%4 前。</translation>
    </message>
    <message>
        <source>Decided %1; deliver the decision within %2: by %3.</source>
        <translation>%1 作出决定；应在 %2 内送达：%3 前。</translation>
    </message>
    <message>
        <source>Waiting for the applicant&apos;s corrected materials; no department clock runs.</source>
        <translation>等待申请人补正材料，部门期限不计算。</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <source>With applicant</source>
        <translation>待申请人补正</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n working day(s)</source>
        <translation>
            <numerusform>已超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩 %n 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suspension</name>
    <message>
        <source>Site inspection</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>检验检测</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>检疫</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>鉴定</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示公告</translation>
    </message>
    <message>
        <source>Tender or auction</source>
        <translation>招标、拍卖</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sync engine is not ready.</source>
        <translation>同步引擎尚未就绪。</translation>
    </message>
    <message>
        <source>The case is no longer in the local cache.</source>
        <translation>该办件已不在本地缓存中。</translation>
    </message>
    <message>
        <source>Materials cannot be kept offline without a keychain for their key.</source>
        <translation>没有密钥环保存密钥，材料无法离线保留。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接平台。</translation>
    </message>
    <message>
        <source>The reused document&apos;s file cannot be fetched now.</source>
        <translation>复用材料的文件暂时无法获取。</translation>
    </message>
    <message>
        <source>The local cache could not be written.</source>
        <translation>无法写入本地缓存（磁盘可能已满，或配置文件夹只读）。</translation>
    </message>
    <message>
        <source>The platform did not register your signing key: %1</source>
        <translation>平台未登记您的签名密钥：%1</translation>
    </message>
    <message>
        <source>The platform&apos;s change feed did not move on (it sent the same position again); the sync stopped. Tell your administrator.</source>
        <translation>平台的变更数据没有向前推进（再次发送了同一位置），同步已停止。请告知系统管理员。</translation>
    </message>
    <message>
        <source>The platform kept sending changes for longer than a sync round may last; the sync goes on at the next round.</source>
        <translation>平台持续发送变更的时间超过了一轮同步的上限，下一轮同步将从当前位置继续。</translation>
    </message>
    <message>
        <source>The platform sent a file that is neither a PDF, an OFD document nor an image.</source>
        <translation>平台发送的文件既不是 PDF、OFD 文档，也不是图片。</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>The department CA bundle %1 cannot be read or holds no PEM certificate; only the system&apos;s certificate authorities are trusted.</source>
        <translation>无法读取部门 CA 证书包 %1，或其中没有 PEM 证书；目前只信任系统的证书颁发机构。</translation>
    </message>
</context>
<context>
    <name>UploadPush</name>
    <message>
        <source>The file is no longer on this computer: %1</source>
        <translation>该文件已不在本机：%1</translation>
    </message>
    <message>
        <source>The file on this computer is not the one that was taken.</source>
        <translation>本机上的文件与收取时的文件不一致。</translation>
    </message>
    <message>
        <source>The platform took a part of the file but did not count it.</source>
        <translation>平台接收了文件的一部分，但未计入已接收的字节。</translation>
    </message>
    <message>
        <source>The platform completed the upload but does not list the file among the case&apos;s materials.</source>
        <translation>平台已完成上传，但办件的材料中没有该文件。</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The file could not be encrypted.</source>
        <translation>文件无法加密。</translation>
    </message>
    <message>
        <source>The stored file is missing; it will be downloaded again.</source>
        <translation>本地保存的文件已丢失，将重新下载。</translation>
    </message>
    <message>
        <source>The stored file was altered or the key is wrong; it is not shown.</source>
        <translation>本地保存的文件已被改动或密钥不符，不予显示。</translation>
    </message>
    <message>
        <source>The file could not be stored: %1</source>
        <translation>文件无法保存：%1</translation>
    </message>
    <message>
        <source>The file could not be indexed: %1</source>
        <translation>文件无法登记：%1</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The calendar names no valid year.</source>
        <translation>工作日历未注明有效年份。</translation>
    </message>
    <message>
        <source>A holiday of %1 has an invalid date range.</source>
        <translation>%1 年的某个节假日日期范围无效。</translation>
    </message>
    <message>
        <source>A make-up working day of %1 is invalid.</source>
        <translation>%1 年的某个调休上班日无效。</translation>
    </message>
    <message>
        <source>%1 is both a holiday and a make-up working day.</source>
        <translation>%1 既是节假日又是调休上班日。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Materials to correct (all at once)</source>
        <translation>需补正的材料（一次性告知）</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Pre-review opinion</source>
        <translation>预审意见</translation>
    </message>
    <message>
        <source>Ends the 2-working-day pre-review clock; passing starts the acceptance decision.</source>
        <translation>结束 2 个工作日的预审计时；预审通过即进入受理决定。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Starts the decision limits (statutory and promised) from today.</source>
        <translation>自今日起计算办理时限（法定时限和承诺时限）。</translation>
    </message>
    <message>
        <source>Request correction</source>
        <translation>一次性告知补正</translation>
    </message>
    <message>
        <source>Stops the department&apos;s clock until the applicant resubmits; the acceptance period then starts again.</source>
        <translation>在申请人补正前部门期限不计算；补正材料提交后重新计算受理期限。</translation>
    </message>
    <message>
        <source>Refuse acceptance</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Closes the case; the notice must state the remedies (reconsideration within 60 days, litigation within 6 months).</source>
        <translation>办件终结；通知书须告知救济途径（60 日内申请行政复议或 6 个月内提起行政诉讼）。</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>拟办决定</translation>
    </message>
    <message>
        <source>Review opinion and proposal</source>
        <translation>审查意见及拟办决定</translation>
    </message>
    <message>
        <source>The decision limit keeps running while the chief decides.</source>
        <translation>科长审批期间办理时限继续计算。</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批示</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Makes the decision; delivery is due within 10 working days.</source>
        <translation>作出决定；须在 10 个工作日内送达。</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>退回意见</translation>
    </message>
    <message>
        <source>Return for review</source>
        <translation>退回重审</translation>
    </message>
    <message>
        <source>The decision limit keeps running.</source>
        <translation>办理时限继续计算。</translation>
    </message>
    <message>
        <source>Extension (working days)</source>
        <translation>延长期限（工作日）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Request an extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Moves the statutory limit by the requested days; the applicant must be told.</source>
        <translation>法定期限按申请天数延长，并须告知申请人。</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <source>Its own limit (working days)</source>
        <translation>特别程序时限（工作日）</translation>
    </message>
    <message>
        <source>Start a special procedure</source>
        <translation>启动特别程序</translation>
    </message>
    <message>
        <source>Stops the case&apos;s clock; the procedure runs its own limit.</source>
        <translation>办件期限暂停计算，特别程序单独计时。</translation>
    </message>
    <message>
        <source>End the special procedure</source>
        <translation>结束特别程序</translation>
    </message>
    <message>
        <source>The case&apos;s clock runs again from the next working day.</source>
        <translation>办件期限自下一工作日起恢复计算。</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Closes the case (办结).</source>
        <translation>办件办结。</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Records delivery (送达) of the decision.</source>
        <translation>记录决定文书的送达。</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>没有名为 %1 的操作。</translation>
    </message>
    <message>
        <source>Your role may not take this action.</source>
        <translation>您的角色不能执行此操作。</translation>
    </message>
    <message>
        <source>This action is not possible while the case is %1.</source>
        <translation>办件处于“%1”时不能执行此操作。</translation>
    </message>
    <message>
        <source>The case is claimed by %1.</source>
        <translation>该办件已被 %1 认领。</translation>
    </message>
    <message>
        <source>List every missing or defective material, all at once.</source>
        <translation>请一次性列明所有缺少或需补正的材料。</translation>
    </message>
    <message>
        <source>Each material to correct needs its reason.</source>
        <translation>每项需补正的材料都须注明原因。</translation>
    </message>
    <message>
        <source>A refusal must give its reasons.</source>
        <translation>不予受理或不予许可须说明理由。</translation>
    </message>
    <message>
        <source>A refusal must cite its legal basis.</source>
        <translation>不予受理或不予许可须注明法律依据。</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>请从以下选项中选择：%1。</translation>
    </message>
    <message>
        <source>Write the pre-review opinion.</source>
        <translation>请填写预审意见。</translation>
    </message>
    <message>
        <source>Write the review opinion.</source>
        <translation>请填写审查意见。</translation>
    </message>
    <message>
        <source>Say why the case goes back.</source>
        <translation>请说明退回的原因。</translation>
    </message>
    <message>
        <source>An extension is 1 to %1 working days (10 in all).</source>
        <translation>延期为 1 至 %1 个工作日（累计不超过 10 个工作日）。</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>请说明延期原因。</translation>
    </message>
    <message>
        <source>Give the reason for the special procedure.</source>
        <translation>请说明启动特别程序的原因。</translation>
    </message>
    <message>
        <source>Cite the legal basis of the special procedure.</source>
        <translation>请注明特别程序的法律依据。</translation>
    </message>
    <message>
        <source>The procedure&apos;s limit is 1 to 365 working days.</source>
        <translation>特别程序时限为 1 至 365 个工作日。</translation>
    </message>
    <message>
        <source>Submitted online</source>
        <translation>网上申报</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已释放认领</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>已出具文书</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>进入：%1</translation>
    </message>
    <message>
        <source>Window clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Section chief</source>
        <translation>科长</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>监督</translation>
    </message>
    <message>
        <source>Corrected materials received</source>
        <translation>收到补正材料</translation>
    </message>
    <message>
        <source>Agency head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Nothing changes until the agency head approves; at most 10 working days in all.</source>
        <translation>经本机关负责人批准前期限不变；延长合计不超过 10 个工作日。</translation>
    </message>
    <message>
        <source>No extension has been requested.</source>
        <translation>没有待批准的延期申请。</translation>
    </message>
    <message>
        <source>An extension was requested already and waits for the agency head.</source>
        <translation>已申请延期，正待负责人批准。</translation>
    </message>
    <message>
        <source>The limit was extended by 10 working days already.</source>
        <translation>期限已延长 10 个工作日，不能再延长。</translation>
    </message>
    <message>
        <source>Opinion on the extension</source>
        <translation>签署延期意见</translation>
    </message>
    <message>
        <source>Your opinion goes to the agency head with the request; the head decides.</source>
        <translation>意见随延期申请报负责人，由负责人决定。</translation>
    </message>
    <message>
        <source>The request carries your recommendation already.</source>
        <translation>此延期申请已签署科长意见。</translation>
    </message>
    <message>
        <source>Write your opinion for the agency head.</source>
        <translation>请填写报负责人的意见。</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>分派给%1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批结论</translation>
    </message>
    <message>
        <source>Why you change the proposal</source>
        <translation>改拟理由</translation>
    </message>
    <message>
        <source>Change the proposal</source>
        <translation>改拟意见</translation>
    </message>
    <message>
        <source>The case stays with you for approval; the clerk&apos;s proposal stays in the history.</source>
        <translation>办件仍由您审批；承办人的拟办意见保留在办理过程中。</translation>
    </message>
    <message>
        <source>Say why you change the proposal.</source>
        <translation>请说明改拟理由。</translation>
    </message>
    <message>
        <source>Why it is not ours</source>
        <translation>转办理由</translation>
    </message>
    <message>
        <source>Transfer to the dispatcher</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>The platform&apos;s dispatcher routes it to the right department; it leaves this department&apos;s list after the sync.</source>
        <translation>由平台分拨至有权办理的部门；同步后不再列于本部门。</translation>
    </message>
    <message>
        <source>Say why the case is not the department&apos;s.</source>
        <translation>请说明该件不属于本部门办理的理由。</translation>
    </message>
    <message>
        <source>The section chief&apos;s step is signed; the case waits for the %1.</source>
        <translation>科长已审核签名，办件正等待%1签发。</translation>
    </message>
    <message>
        <source>This step of the approval chain is the %1&apos;s (step %2 of %3).</source>
        <translation>审批流程的这一步由%1办理（第 %2 步，共 %3 步）。</translation>
    </message>
    <message>
        <source>Section chief&apos;s review</source>
        <translation>科长审核</translation>
    </message>
    <message>
        <source>Agency head&apos;s signature</source>
        <translation>负责人签发</translation>
    </message>
    <message>
        <source>%1 ✓ %2 %3</source>
        <translation>%1 ✓ %2 %3</translation>
    </message>
    <message>
        <source>%1 (holds the case now)</source>
        <translation>%1（当前办理）</translation>
    </message>
    <message>
        <source>%1 (to come)</source>
        <translation>%1（后续）</translation>
    </message>
    <message>
        <source>Signs this step; the case goes on to the %1, whose approval makes the decision.</source>
        <translation>签署本步审批；办件随后转交%1，由其审批后作出决定。</translation>
    </message>
    <message>
        <source>Received at the counter</source>
        <translation>窗口收件</translation>
    </message>
    <message>
        <source>Material uploaded</source>
        <translation>上传材料</translation>
    </message>
</context>
<context>
    <name>casedesk-cli</name>
    <message>
        <source>login needs --server with an http or https URL.</source>
        <translation>login 需要用 --server 指定 http 或 https 地址。</translation>
    </message>
    <message>
        <source>login needs --user.</source>
        <translation>login 需要 --user。</translation>
    </message>
    <message>
        <source>login reads the password from standard input: pass --password-stdin.</source>
        <translation>login 从标准输入读取密码：请加上 --password-stdin。</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Signed in, but the session cannot be remembered: %1</source>
        <translation>已登录，但无法保存登录状态：%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), %3; roles: %4</source>
        <translation>已登录：%1（%2），%3；角色：%4</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <source>Not signed in: run casedesk-cli login first.</source>
        <translation>尚未登录：请先运行 casedesk-cli login。</translation>
    </message>
    <message>
        <source>Synced %1 changes; %2 cases in the local cache.</source>
        <translation>已同步 %1 条变更；本地缓存共 %2 件办件。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要一个正数。</translation>
    </message>
    <message>
        <source>login: the platform&apos;s base URL.</source>
        <translation>login：平台地址。</translation>
    </message>
    <message>
        <source>login: the user name.</source>
        <translation>login：用户名。</translation>
    </message>
    <message>
        <source>login: read the password from standard input.</source>
        <translation>login：从标准输入读取密码。</translation>
    </message>
    <message>
        <source>cases: print at most this many cases.</source>
        <translation>cases：最多输出的办件数。</translation>
    </message>
    <message>
        <source>Give exactly one command.</source>
        <translation>请指定且只指定一个命令。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>deadline needs --start YYYY-MM-DD.</source>
        <translation>deadline 需要 --start YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>deadline needs either --working-days N or --days N.</source>
        <translation>deadline 需要 --working-days N 或 --days N（二选一）。</translation>
    </message>
    <message>
        <source>The number of days must be 0 to 3650.</source>
        <translation>天数须在 0 至 3650 之间。</translation>
    </message>
    <message>
        <source>Warning: no official holiday schedule for %1; only weekends and fixed-date holidays were counted.</source>
        <translation>警告：没有 %1 年的官方放假安排，仅按周末和固定日期的节日计算。</translation>
    </message>
    <message>
        <source>calendar needs a year, for example 2026.</source>
        <translation>calendar 需要年份，例如 2026。</translation>
    </message>
    <message>
        <source>Warning: no official holiday schedule for %1; only weekends and fixed-date holidays are known.</source>
        <translation>警告：没有 %1 年的官方放假安排，仅知周末和固定日期的节日。</translation>
    </message>
    <message>
        <source>deadline: the day the period starts (not counted).</source>
        <translation>deadline：期间起算日（当日不计）。</translation>
    </message>
    <message>
        <source>deadline: the period in working days.</source>
        <translation>deadline：以工作日计的期间。</translation>
    </message>
    <message>
        <source>deadline: the period in natural days.</source>
        <translation>deadline：以自然日计的期间。</translation>
    </message>
    <message>
        <source>casedesk-cli act CASE VERB [--field value ...]
Takes a workflow action on a cached case. It is checked against the rules at once and sent to the platform by the next sync, online or not.

Verbs:
</source>
        <translation>casedesk-cli act 办件 操作 [--字段 值 ...]
对本地缓存中的办件执行办理操作。操作立即按规则校验，并在下次同步时发送到平台，离线时同样可用。

操作：
</translation>
    </message>
    <message>
        <source> (repeat for each material)</source>
        <translation>（每项材料重复一次）</translation>
    </message>
    <message>
        <source>act needs a case and a verb; see casedesk-cli act --help.</source>
        <translation>act 需要办件和操作；参见 casedesk-cli act --help。</translation>
    </message>
    <message>
        <source>Unknown verb %1; see casedesk-cli act --help.</source>
        <translation>未知操作 %1；参见 casedesk-cli act --help。</translation>
    </message>
    <message>
        <source>--%1 needs a number of days.</source>
        <translation>--%1 需要天数。</translation>
    </message>
    <message>
        <source>Queued as #%1: %2 on %3. The next sync sends it.</source>
        <translation>已加入待发送队列 #%1：对 %3 执行“%2”，将在下次同步时发送。</translation>
    </message>
    <message>
        <source>%1 waiting, %2 held.</source>
        <translation>%1 项待发送，%2 项被挂起。</translation>
    </message>
    <message>
        <source>The action goes out again on the platform&apos;s current version at the next sync.</source>
        <translation>该操作将在下次同步时基于平台当前版本重新发送。</translation>
    </message>
    <message>
        <source>Discarded; the action and the reason are kept in the cache.</source>
        <translation>已放弃；操作及原因已记录在本地缓存中。</translation>
    </message>
    <message>
        <source>platform: %1, version %2</source>
        <translation>平台：%1，版本 %2</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 held (see casedesk-cli conflicts).</source>
        <translation>待发送队列：%1 项待发送，%2 项被挂起（参见 casedesk-cli conflicts）。</translation>
    </message>
    <message>
        <source>conflicts: send a held action again.</source>
        <translation>conflicts：重新发送被挂起的操作。</translation>
    </message>
    <message>
        <source>conflicts: drop a held action.</source>
        <translation>conflicts：放弃被挂起的操作。</translation>
    </message>
    <message>
        <source>login, logout, sync, cases, deadline, calendar, act, outbox, conflicts or prefetch</source>
        <translation>login、logout、sync、cases、deadline、calendar、act、outbox、conflicts 或 prefetch</translation>
    </message>
    <message>
        <source>prefetch needs one or more case ids.</source>
        <translation>prefetch 需要一个或多个办件编号。</translation>
    </message>
    <message>
        <source>%1: not in the local cache; run sync first.</source>
        <translation>%1：不在本地缓存中，请先同步。</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>empty file — ask the applicant again</source>
        <translation>空文件——请申请人重新提交</translation>
    </message>
    <message>
        <source>unknown file type (%1 bytes)</source>
        <translation>无法识别的文件类型（%1 字节）</translation>
    </message>
    <message>
        <source>(named as %1)</source>
        <translation>（文件名标示为 %1）</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(s).</source>
        <translation>
            <numerusform>审计日志完整：共 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>act: %1</source>
        <translation>act：%1</translation>
    </message>
    <message>
        <source>ID numbers, phones and addresses are not kept offline: %1</source>
        <translation>证件号码、电话和地址不会离线保存：%1</translation>
    </message>
    <message>
        <source>On the platform: up to entry %1.</source>
        <translation>平台已收到至第 %1 条。</translation>
    </message>
    <message>
        <source>The platform refused the latest entries: %1</source>
        <translation>平台拒收最新的审计记录：%1</translation>
    </message>
    <message>
        <source>Not removed: %1. Sync first, or add --force to lose them.</source>
        <translation>未删除：%1。请先同步，或加 --force 放弃这些内容。</translation>
    </message>
    <message>
        <source>The platform was not told: %1</source>
        <translation>未能通知平台：%1</translation>
    </message>
    <message>
        <source>Signed out; the cases, materials and keys of this profile are removed from this computer.</source>
        <translation>已退出登录；本配置的办件、材料和密钥已从本机删除。</translation>
    </message>
    <message>
        <source>logout: also remove the cached cases, materials and keys.</source>
        <translation>logout：同时删除本机缓存的办件、材料和密钥。</translation>
    </message>
    <message>
        <source>logout --wipe: even with actions or audit entries not yet sent.</source>
        <translation>logout --wipe：即使仍有未发送的操作或审计记录也删除。</translation>
    </message>
    <message>
        <source>notice: the PDF to write.</source>
        <translation>notice：要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>notice: write an unnumbered, unsigned preview.</source>
        <translation>notice：生成未编号、未签名的预览稿。</translation>
    </message>
    <message>
        <source>notice: the date of issue (default today).</source>
        <translation>notice：签发日期（默认今天）。</translation>
    </message>
    <message>
        <source>notice: the handler printed (default the signed-in user).</source>
        <translation>notice：文书上的承办人（默认当前登录用户）。</translation>
    </message>
    <message>
        <source>notice --kind grant: the licence&apos;s number.</source>
        <translation>notice --kind grant：许可证件编号。</translation>
    </message>
    <message>
        <source>notice --kind grant: the licence&apos;s expiry.</source>
        <translation>notice --kind grant：许可证件有效期至。</translation>
    </message>
    <message>
        <source>verify-notice: the SM2 seal record (default FILE.pdf.seal.json).</source>
        <translation>verify-notice：SM2 印章记录（默认 文件.pdf.seal.json）。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Reserving 文号 failed: %1</source>
        <translation>预留文号失败：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>signing-cert import reads the password from standard input: pass --password-stdin.</source>
        <translation>signing-cert import 从标准输入读取密码：请加 --password-stdin。</translation>
    </message>
    <message>
        <source>signing-cert fetch, or signing-cert import FILE.p12 --password-stdin.</source>
        <translation>用法：signing-cert fetch，或 signing-cert import 文件.p12 --password-stdin。</translation>
    </message>
    <message>
        <source>Signing certificate of %1, valid until %2, kept in %3; its password is in the keychain.</source>
        <translation>%1 的签名证书，有效期至 %2，保存在 %3；其密码保存在钥匙串中。</translation>
    </message>
    <message>
        <source>notice CASE --kind KIND --out FILE.pdf; kinds: %1</source>
        <translation>用法：notice 办件 --kind 种类 --out 文件.pdf；种类：%1</translation>
    </message>
    <message>
        <source>--date needs a date as yyyy-mm-dd.</source>
        <translation>--date 需要 yyyy-mm-dd 格式的日期。</translation>
    </message>
    <message>
        <source>Draft written to %1 (not numbered, not signed).</source>
        <translation>预览稿已写入 %1（未编号、未签名）。</translation>
    </message>
    <message>
        <source>%1 issued: %2 pages signed by %3, kept in the vault; it goes to the platform with the next sync.</source>
        <translation>%1 已签发：共 %2 页，由 %3 签名，已存入加密存储区；下次同步时上传平台。</translation>
    </message>
    <message>
        <source>Written to %1 with its SM2 seal record %2.</source>
        <translation>已写入 %1，SM2 印章记录为 %2。</translation>
    </message>
    <message>
        <source>verify-notice FILE.pdf [--seal-record FILE]</source>
        <translation>用法：verify-notice 文件.pdf [--seal-record 文件]</translation>
    </message>
    <message>
        <source>PDF signature:</source>
        <translation>PDF 签名：</translation>
    </message>
    <message>
        <source>signed by %1 at %2</source>
        <translation>由 %1 于 %2 签名</translation>
    </message>
    <message>
        <source>intact: the signature matches the document</source>
        <translation>完整：签名与文档相符</translation>
    </message>
    <message>
        <source>NOT intact</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>covers the whole file</source>
        <translation>覆盖整个文件</translation>
    </message>
    <message>
        <source>does NOT cover the whole file</source>
        <translation>未覆盖整个文件</translation>
    </message>
    <message>
        <source>no trusted CA configured (notice/trustedCa)</source>
        <translation>未配置受信任的 CA（notice/trustedCa）</translation>
    </message>
    <message>
        <source>the certificate chains to the trusted CA</source>
        <translation>证书可追溯到受信任的 CA</translation>
    </message>
    <message>
        <source>the certificate does NOT chain to the trusted CA</source>
        <translation>证书无法追溯到受信任的 CA</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>SM2 seal record (%1):</source>
        <translation>SM2 印章记录（%1）：</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1, case %2, %3, issued %4 by %5</source>
        <translation>%1，办件 %2，%3，%5 于 %4 签发</translation>
    </message>
    <message>
        <source>SM3 digest matches the file</source>
        <translation>SM3 摘要与文件相符</translation>
    </message>
    <message>
        <source>SM3 digest does NOT match the file</source>
        <translation>SM3 摘要与文件不符</translation>
    </message>
    <message>
        <source>SM2 signature valid (key %1)</source>
        <translation>SM2 签名有效（密钥 %1）</translation>
    </message>
    <message>
        <source>SM2 signature NOT valid</source>
        <translation>SM2 签名无效</translation>
    </message>
    <message>
        <source>The notice is authentic and unaltered.</source>
        <translation>文书真实且未被篡改。</translation>
    </message>
    <message>
        <source>The notice does NOT verify.</source>
        <translation>文书校验未通过。</translation>
    </message>
    <message>
        <source>casedesk-cli --help lists the commands and options.</source>
        <translation>casedesk-cli --help 列出全部命令和选项。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Case No.	Service item	Applicant	Status	Received	Working days left</source>
        <translation>申报号	事项	申请人	状态	收件时间	剩余工作日</translation>
    </message>
    <message>
        <source>Case No.	Status	Due	Overdue	Service item	Claimed by</source>
        <translation>申报号	状态	期限	超期	事项	认领人</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将超期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>(not claimed)</source>
        <translation>（未认领）</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>准予</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>不予</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>拟办结论</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>拟办意见</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Returned with</source>
        <translation>退回意见</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>申请延期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Chief&apos;s opinion</source>
        <translation>科长意见</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>You may</source>
        <translation>可办理</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>%1 (not yet sent)</source>
        <translation>%1（尚未发送）</translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation>%1，密钥 %2</translation>
    </message>
    <message>
        <source>assign needs one or more cases, --to USER and --reason TEXT.</source>
        <translation>assign 需要一个或多个办件、--to 用户和 --reason 原因。</translation>
    </message>
    <message>
        <source>%1: not assigned: %2</source>
        <translation>%1：未能分派：%2</translation>
    </message>
    <message>
        <source>%1: assigned, but not yet in the local cache: %2</source>
        <translation>%1：已分派，但尚未写入本地缓存：%2</translation>
    </message>
    <message>
        <source>%1: assigned to %2.</source>
        <translation>%1：已分派给%2。</translation>
    </message>
    <message>
        <source>cases, overdue, workload, case, staff: print JSON.</source>
        <translation>cases、overdue、workload、case、staff：输出 JSON。</translation>
    </message>
    <message>
        <source>approve: return the case for review instead (needs --comment).</source>
        <translation>approve：改为退回重审（需 --comment）。</translation>
    </message>
    <message>
        <source>assign: the clerk&apos;s user name.</source>
        <translation>assign：窗口人员的用户名。</translation>
    </message>
    <message>
        <source>conflicts --discard: why (kept); act: the reason field; assign: why.</source>
        <translation>conflicts --discard：原因（将被记录）；act：原因字段；assign：分派原因。</translation>
    </message>
    <message>
        <source>Avg. working days open</source>
        <translation>平均已用工作日</translation>
    </message>
    <message>
        <source>the approval chain&apos;s next step: %1</source>
        <translation>审批流程的下一步：%1</translation>
    </message>
    <message>
        <source>Approval chain</source>
        <translation>审批流程</translation>
    </message>
    <message>
        <source>Also write the log&apos;s lines, debug ones included, to standard error.</source>
        <translation>同时把日志（包括调试信息）写到标准错误输出。</translation>
    </message>
    <message>
        <source>Print the versions of CaseDesk, Qt and OpenSSL and the profile, log and data folders.</source>
        <translation>显示 CaseDesk、Qt 和 OpenSSL 的版本，以及配置、日志和数据文件夹。</translation>
    </message>
    <message>
        <source>not in the cache</source>
        <translation>本地缓存中没有</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>not on the platform</source>
        <translation>平台上没有</translation>
    </message>
    <message>
        <source>cache: %1; platform: %2</source>
        <translation>本地缓存：%1；平台：%2</translation>
    </message>
    <message numerus="yes">
        <source>set aside: %1 %2 since %3, %n attempts: %4</source>
        <translation>
            <numerusform>已隔离：%1 %2，自 %3 起，已尝试 %n 次：%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records from the platform could not be read and are set aside (see casedesk-cli verify-cache).</source>
        <translation>
            <numerusform>平台发来的 %n 条记录无法读取，已隔离（见 casedesk-cli verify-cache）。</numerusform>
        </translation>
    </message>
    <message>
        <source>verify-cache: fetch again the cases that differ.</source>
        <translation>verify-cache：重新获取不一致的办件。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>intake: the applicant as JSON (kind, name, idNumber, phone, address, legalRepresentative).</source>
        <translation>intake：申请人信息 JSON 文件（kind、name、idNumber、phone、address、legalRepresentative）。</translation>
    </message>
    <message>
        <source>intake: the agent as JSON (name, idNumber, phone).</source>
        <translation>intake：代办人信息 JSON 文件（name、idNumber、phone）。</translation>
    </message>
    <message>
        <source>intake: a material handed in (repeat for each); scanned from --scan unless attached.</source>
        <translation>intake：已收材料（每项一次）；未附文件的从 --scan 扫描。</translation>
    </message>
    <message>
        <source>intake: a material handed in as the original (else a copy).</source>
        <translation>intake：以原件收取的材料（否则为复印件）。</translation>
    </message>
    <message>
        <source>intake: a material&apos;s file from disk.</source>
        <translation>intake：材料的磁盘文件。</translation>
    </message>
    <message>
        <source>intake: the SANE device to scan materials with.</source>
        <translation>intake：扫描材料所用的 SANE 设备。</translation>
    </message>
    <message>
        <source>intake: the clerk&apos;s remarks.</source>
        <translation>intake：窗口人员备注。</translation>
    </message>
    <message>
        <source>intake: the receipt PDF to write.</source>
        <translation>intake：要写出的收件回执 PDF。</translation>
    </message>
    <message>
        <source>intake: print the receipt of an earlier intake again.</source>
        <translation>intake：重新打印以前收件的回执。</translation>
    </message>
    <message>
        <source>intake --item CODE --applicant-json FILE [--agent-json FILE] [--material NAME]... [--original NAME]... [--attach NAME=FILE]... [--scan DEVICE] [--remarks TEXT] --receipt FILE.pdf
intake --reprint CASE --receipt FILE.pdf</source>
        <translation>intake --item 事项编码 --applicant-json 文件 [--agent-json 文件] [--material 材料名称]... [--original 材料名称]... [--attach 材料名称=文件]... [--scan 设备] [--remarks 备注] --receipt 文件.pdf
intake --reprint 办件 --receipt 文件.pdf</translation>
    </message>
    <message>
        <source>No intake of this computer has that number.</source>
        <translation>本机没有该编号的收件登记。</translation>
    </message>
    <message>
        <source>Receipt of %1 written to %2.</source>
        <translation>%1 的收件回执已写入 %2。</translation>
    </message>
    <message>
        <source>--attach needs NAME=FILE.</source>
        <translation>--attach 的格式为 材料名称=文件。</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB.</source>
        <translation>%1：文件超过 %2 MB。</translation>
    </message>
    <message>
        <source>%1 is damaged: its pages cannot be read.</source>
        <translation>%1 已损坏：无法读取其页面。</translation>
    </message>
    <message>
        <source>Scanning %1 failed: %2</source>
        <translation>扫描“%1”失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %1 stopped after %n pages: %2</source>
        <translation>
            <numerusform>扫描“%1”在第 %n 页后中止：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %1: %2 for %3, %n material(s); it is sent to the platform at the next sync.</source>
        <translation>
            <numerusform>已登记 %1：%3 申请办理%2，材料 %n 项；将在下次同步时报送平台。</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt written to %1.</source>
        <translation>收件回执已写入 %1。</translation>
    </message>
    <message>
        <source>%1 waiting, %2 refused.</source>
        <translation>%1 个待上传，%2 个被拒绝。</translation>
    </message>
    <message>
        <source>CaseDesk on the command line. Commands:
  login          sign in to the platform and remember the session
  logout         end the session; --wipe also removes the local cases and keys
  sync           pull the platform&apos;s changes into the local cache
  verify-cache   compare the cache with the platform (counts and digests); --repair fetches again what differs
  cases          list the cached cases
  overdue        the cases past their stage&apos;s deadline (supervision)
  workload       open cases per clerk: by stage, due soon, overdue
  deadline       the end of a period: --start DATE with --working-days N or --days N
  calendar YEAR  the year&apos;s weekday holidays (off) and make-up working days (work)
  act CASE VERB  take a workflow action (act --help lists the verbs and fields)
  case CASE      the case as the pane shows it: proposal, deadlines, history
  approve CASE   approve the proposal, signed with your key (--comment TEXT); --return sends it back for review
  assign CASE…   give the cases to a clerk: --to USER --reason TEXT
  staff          the department&apos;s staff
  outbox         the actions waiting to be sent
  uploads        the files on their way to the platform
  conflicts      actions the platform refused; --reapply ID or --discard ID --reason TEXT
  prefetch CASE… download the cases&apos; materials into the encrypted vault, kept offline
  audit [verify] the audit log; verify checks its hash chain
  notice CASE    issue a signed notice: --kind KIND --out FILE.pdf (--draft: a preview)
  verify-notice FILE.pdf  check a notice&apos;s PDF signature and SM2 seal record
  signing-cert fetch|import FILE.p12  the department&apos;s notice-signing certificate
  intake         register an application at the counter: --item CODE --applicant-json FILE --receipt FILE.pdf; --reprint CASE prints a receipt again
The profile folder is CASEDESK_HOME when set.</source>
        <translation>CaseDesk 命令行工具。命令：
  login          登录平台并保存登录状态
  logout         结束会话；加 --wipe 同时删除本机缓存的办件和密钥
  sync           发送待发送的操作，并将平台的变更同步到本地缓存
  verify-cache   将本地缓存与平台核对（数量和摘要）；加 --repair 重新获取不一致的办件
  cases          列出本地缓存的办件
  overdue        列出超过本环节期限的办件（电子监察）
  workload       各办理人的在办件：按环节、即将超期、已超期
  deadline       计算期限届满日：--start 日期，加 --working-days N 或 --days N
  calendar 年份  列出该年工作日放假（off）和调休上班（work）的日期
  act 办件 操作  执行办理操作（act --help 列出操作及字段）
  case 办件      按办件窗格显示办件：拟办意见、期限、办理过程
  approve 办件   以您的个人密钥签名批准拟办意见（--comment 意见）；加 --return 退回重审
  assign 办件…   将办件分派给窗口人员：--to 用户 --reason 原因
  staff          本部门人员
  outbox         列出待发送的操作
  uploads        列出正在上传到平台的文件
  conflicts      平台拒绝的操作；--reapply 编号 或 --discard 编号 --reason 原因
  prefetch 办件… 将办件材料下载到加密存储区，供离线使用
  audit [verify] 查看审计日志；verify 校验其哈希链
  notice 办件    签发已签名的文书：--kind 种类 --out 文件.pdf（--draft：预览稿）
  verify-notice 文件.pdf  校验文书的 PDF 签名和 SM2 印章记录
  signing-cert fetch|import 文件.p12  本部门的文书签名证书
  intake         窗口收件登记：--item 事项编码 --applicant-json 文件 --receipt 文件.pdf；--reprint 办件 重新打印收件回执
设置 CASEDESK_HOME 时以其为配置目录。</translation>
    </message>
</context>
<context>
    <name>casedesk::AboutDialog</name>
    <message>
        <source>About CaseDesk</source>
        <translation>关于 CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk icon</source>
        <translation>CaseDesk 图标</translation>
    </message>
    <message>
        <source>CaseDesk %1</source>
        <translation>CaseDesk 办件工作台 %1</translation>
    </message>
    <message>
        <source>Case processing for the one-stop government service platform: claim, review, accept, decide and notify.</source>
        <translation>一体化在线政务服务平台的办件客户端：认领、预审、受理、审批决定和文书送达。</translation>
    </message>
    <message>
        <source>Versions and folders</source>
        <translation>版本和文件夹</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions and folders, for a support request</source>
        <translation>复制版本和文件夹信息，用于报修</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
</context>
<context>
    <name>casedesk::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>What is missing or wrong</source>
        <translation>缺少或需补正的内容</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>拟办意见：%1</translation>
    </message>
    <message>
        <source>grant the licence</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>deny the licence</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Opinion: %1</source>
        <translation>审查意见：%1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>法律依据：%1</translation>
    </message>
    <message>
        <source>What is proposed</source>
        <translation>拟办内容</translation>
    </message>
</context>
<context>
    <name>casedesk::AlertNotifier</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>Tell me about new cases in my queues and cases turning yellow or red</source>
        <translation>我的队列有新办件、办件亮黄灯或红灯时通知我</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk 办件工作台</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) in your queues</source>
        <translation>
            <numerusform>您的队列中有 %n 件新办件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) now due soon (yellow)</source>
        <translation>
            <numerusform>%n 件办件即将到期（黄灯）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) now overdue (red)</source>
        <translation>
            <numerusform>%n 件办件已超期（红灯）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::AssignDialog</name>
    <message>
        <source>Assign cases</source>
        <translation>分派办件</translation>
    </message>
    <message>
        <source>Clerk who takes the cases</source>
        <translation>承办办件的窗口人员</translation>
    </message>
    <message>
        <source>&amp;Clerk:</source>
        <translation>窗口人员(&amp;C)：</translation>
    </message>
    <message>
        <source>Reason for the assignment</source>
        <translation>分派原因</translation>
    </message>
    <message>
        <source>For example: the clerk is on leave until Monday</source>
        <translation>例如：承办人休假至周一</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>分派(&amp;A)</translation>
    </message>
</context>
<context>
    <name>casedesk::BatchApprovalDialog</name>
    <message>
        <source>Approve several cases</source>
        <translation>批量审批</translation>
    </message>
    <message>
        <source>Check each case&apos;s proposal. Clear the mark of a case to leave it out; each approval is signed with your key.</source>
        <translation>请逐件核对拟办意见。取消勾选即不审批该件；每件审批都以您的密钥签名。</translation>
    </message>
    <message>
        <source>Cases to approve</source>
        <translation>待审批办件</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>申报号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>拟办结论</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>拟办意见</translation>
    </message>
    <message>
        <source>Comment on every approval</source>
        <translation>每件审批的批示</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>批示(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n case(s)</source>
        <translation>
            <numerusform>审批通过%n件(&amp;A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::CaseDetailsController</name>
    <message>
        <source>The acceptance period has passed without a decision or a correction notice: the application counts as accepted from the day it was received.</source>
        <translation>受理期限已过，既未作出决定也未一次性告知补正：自收到申请之日起即视为受理。</translation>
    </message>
    <message>
        <source>No official holiday schedule is installed for %1; only weekends and fixed-date holidays are counted.</source>
        <translation>未安装 %1 年的法定节假日安排；仅按周末和固定日期节日计算。</translation>
    </message>
    <message>
        <source>Claimed by %1: read-only for you until it is released.</source>
        <translation>已由 %1 认领：释放前您只能查看。</translation>
    </message>
    <message>
        <source>On the platform now: %1 (version %2)</source>
        <translation>平台当前：%1（第 %2 版）</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>已上传平台</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Not yet uploaded</source>
        <translation>尚未上传</translation>
    </message>
    <message>
        <source>Not yet uploaded (%1)</source>
        <translation>尚未上传（%1）</translation>
    </message>
    <message>
        <source>signature verified by the platform</source>
        <translation>签名已经平台核验</translation>
    </message>
    <message>
        <source>signed, not verified</source>
        <translation>已签名，未经核验</translation>
    </message>
    <message>
        <source>signed, the platform verifies it</source>
        <translation>已签名，待平台核验</translation>
    </message>
    <message>
        <source>Notices can be issued once the platform has this application and its number (at the next sync).</source>
        <translation>平台收到该申请并编号后（下次同步时）才能出具文书。</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseMaterialsWindow</name>
    <message>
        <source>Materials of %1 — %2</source>
        <translation>%1 的材料 — %2</translation>
    </message>
    <message>
        <source>Reuse from the platform</source>
        <translation>从平台复用材料</translation>
    </message>
    <message>
        <source>The platform holds no licence or earlier material of this applicant.</source>
        <translation>平台上没有该申请人的证照或历史材料。</translation>
    </message>
    <message>
        <source>%1 %2 (%3, valid until %4)</source>
        <translation>%1 %2（%3，有效期至 %4）</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Which of the applicant&apos;s documents satisfies “%1”?</source>
        <translation>申请人的哪一份证照或材料可作为“%1”？</translation>
    </message>
    <message>
        <source>Document and checklist</source>
        <translation>文档和核验清单</translation>
    </message>
</context>
<context>
    <name>casedesk::CasePane</name>
    <message>
        <source>Case details</source>
        <translation>办件详情</translation>
    </message>
    <message>
        <source>Select a case to see its details.</source>
        <translation>选择一件办件以查看详情。</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>申报号</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未认领</translation>
    </message>
    <message>
        <source>Case fields</source>
        <translation>办件信息</translation>
    </message>
    <message>
        <source>How the deadline is counted</source>
        <translation>期限计算</translation>
    </message>
    <message>
        <source>No deadline runs in this stage.</source>
        <translation>本环节不计算期限。</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>需要您处理</translation>
    </message>
    <message>
        <source>Actions the platform did not take</source>
        <translation>平台未执行的操作</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Send again on the current version</source>
        <translation>基于平台当前版本重新提交</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>放弃…</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Show in full (recorded)</source>
        <translation>完整显示（将被记录）</translation>
    </message>
    <message>
        <source>Show the ID number and phone in full; this is recorded in the audit log</source>
        <translation>完整显示证件号码和联系电话；此操作将记入审计日志</translation>
    </message>
    <message>
        <source>Not kept on this computer</source>
        <translation>本机未保存</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>认领(&amp;C)</translation>
    </message>
    <message>
        <source>Take the case through the platform&apos;s lock, so nobody else works on it meanwhile (Ctrl+K)</source>
        <translation>通过平台锁定认领本件，期间他人不能办理（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>释放认领(&amp;R)</translation>
    </message>
    <message>
        <source>Give the case back to the queue (Ctrl+Shift+K)</source>
        <translation>将本件退回待办队列（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Case information</source>
        <translation>办件信息</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>办件过程</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>办件过程(&amp;H)</translation>
    </message>
    <message>
        <source>Service guide</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>办事指南(&amp;G)</translation>
    </message>
    <message>
        <source>Submitted materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>材料(&amp;M)</translation>
    </message>
    <message>
        <source>Other cases of the applicant</source>
        <translation>该申请人的其他办件</translation>
    </message>
    <message>
        <source>Same &amp;applicant</source>
        <translation>一人一档(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (not yet sent)</source>
        <translation>%1（待发送）</translation>
    </message>
    <message>
        <source>The service item is not in the local catalogue yet.</source>
        <translation>本地事项目录中尚无此事项。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal time limit: %1</source>
        <translation>法定办结时限：%1</translation>
    </message>
    <message>
        <source>Promised time limit: %1</source>
        <translation>承诺办结时限：%1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>设定依据：%1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>收费：%1</translation>
    </message>
    <message>
        <source>Required materials:</source>
        <translation>申请材料目录：</translation>
    </message>
    <message>
        <source>(if applicable)</source>
        <translation>（如适用）</translation>
    </message>
    <message>
        <source>(original to be shown)</source>
        <translation>（需核验原件）</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>No other cached case of this applicant.</source>
        <translation>本地缓存中没有该申请人的其他办件。</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>暂无评价</translation>
    </message>
    <message>
        <source>%1 (%2 of 5) %3</source>
        <translation>%1（%2 星，满分 5 星）%3</translation>
    </message>
    <message>
        <source>Claim actions</source>
        <translation>认领操作</translation>
    </message>
    <message>
        <source>Case information pages</source>
        <translation>办件信息页</translation>
    </message>
    <message>
        <source>Issued notices</source>
        <translation>已签发的文书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>&amp;Issue a notice…</source>
        <translation>签发文书(&amp;I)…</translation>
    </message>
    <message>
        <source>Issue a notice</source>
        <translation>签发文书</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the selected notice as a PDF</source>
        <translation>将所选文书另存为 PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the selected notice</source>
        <translation>打印所选文书</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>文书(&amp;N)</translation>
    </message>
    <message>
        <source>%1 (replaced by a reissue)</source>
        <translation>%1（已被重新签发的文书取代）</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>拟办意见</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Returned with</source>
        <translation>退回意见</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>申请延期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s): %1</source>
        <translation>
            <numerusform>%n 个工作日：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant the licence</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>Deny the licence</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Waits for the agency head&apos;s approval.</source>
        <translation>待负责人批准。</translation>
    </message>
    <message>
        <source>Section chief&apos;s opinion: %1. Waits for the agency head&apos;s approval.</source>
        <translation>科长意见：%1。待负责人批准。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed with SM2 key %1</source>
        <translation>以SM2密钥 %1 签名</translation>
    </message>
    <message>
        <source>Approval chain</source>
        <translation>审批流程</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseWorkView</name>
    <message>
        <source>%1 issued and signed; it is uploaded with the next sync.</source>
        <translation>%1 已签发并签名；下次同步时上传。</translation>
    </message>
    <message>
        <source>Case details area</source>
        <translation>办件详情区</translation>
    </message>
    <message>
        <source>Inbox and case details</source>
        <translation>办件列表与详情</translation>
    </message>
    <message>
        <source>Divider between inbox and case details</source>
        <translation>办件列表与详情之间的分隔条</translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so it is not shown.</source>
        <translation>无法记录此次查看，因此不予显示。</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Filter by item, status, deadline, date and claim (Ctrl+Shift+F)</source>
        <translation>按事项、状态、时限、日期和认领筛选（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>&amp;Pending actions…</source>
        <translation>待发送的操作(&amp;P)…</translation>
    </message>
    <message>
        <source>Actions not yet on the platform, and those that need your decision (Ctrl+Shift+P)</source>
        <translation>尚未发送到平台的操作，以及需要您处理的操作（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>Columns menu</source>
        <translation>列菜单</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>下一个区域(&amp;P)</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>上一个区域(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>办件(&amp;C)</translation>
    </message>
    <message>
        <source>Case menu</source>
        <translation>办件菜单</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>认领(&amp;C)</translation>
    </message>
    <message>
        <source>Claim the selected cases through the platform (Ctrl+K)</source>
        <translation>通过平台认领所选办件（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>释放认领(&amp;R)</translation>
    </message>
    <message>
        <source>Release your claim on the selected cases (Ctrl+Shift+K)</source>
        <translation>释放对所选办件的认领（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>Keep &amp;offline</source>
        <translation>离线保留(&amp;O)</translation>
    </message>
    <message>
        <source>Download the selected cases&apos; materials into the encrypted store and keep them for work without a network (Ctrl+Shift+O)</source>
        <translation>将所选办件的材料下载到加密存储区并保留，供无网络时办理（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>&amp;View materials</source>
        <translation>查看材料(&amp;V)</translation>
    </message>
    <message>
        <source>The case&apos;s materials beside the checklist of required ones (F3)</source>
        <translation>在应交材料清单旁查看办件材料（F3）</translation>
    </message>
    <message>
        <source>Issue a &amp;notice…</source>
        <translation>签发文书(&amp;N)…</translation>
    </message>
    <message>
        <source>Issue a notice or decision for the selected case, signed and numbered (Ctrl+Shift+N)</source>
        <translation>为所选办件签发通知书或决定书，编号并签章（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>办理(&amp;A)</translation>
    </message>
    <message>
        <source>Actions menu</source>
        <translation>办理菜单</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>下一件(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious case</source>
        <translation>上一件(&amp;V)</translation>
    </message>
    <message>
        <source>Back to the &amp;inbox</source>
        <translation>回到办件列表(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed on the platform.</source>
        <translation>
            <numerusform>平台上已变更 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 not: %3</source>
        <translation>%1 件已变更，%2 件未变更：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept for offline work.</source>
        <translation>
            <numerusform>已离线保留 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 file(s) kept, %2 not: %3</source>
        <translation>已保留 %1 个文件，%2 个未保留：%3</translation>
    </message>
    <message>
        <source>Claims go through the platform: sign in first.</source>
        <translation>认领需经平台办理，请先登录。</translation>
    </message>
    <message>
        <source>The platform cannot be reached, so the claim is not taken: a claim is the platform&apos;s lock. Try again when the connection is back (F5 syncs now).</source>
        <translation>无法连接平台，未能认领：认领是平台上的锁定，不能离线排队。请在网络恢复后重试（按 F5 立即同步）。</translation>
    </message>
    <message numerus="yes">
        <source>Claiming %n case(s)…</source>
        <translation>
            <numerusform>正在认领 %n 件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Releasing %n case(s)…</source>
        <translation>
            <numerusform>正在释放 %n 件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading the materials of %n case(s)…</source>
        <translation>
            <numerusform>正在下载 %n 件办件的材料…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Filters (%1)</source>
        <translation>筛选(&amp;F)（%1）</translation>
    </message>
    <message>
        <source>This case is not in the list shown now (it is %1). Choose another case, or search all cases for it.</source>
        <translation>此办件已不在当前列表中（现为：%1）。请选择其他办件，或在全部办件中搜索。</translation>
    </message>
    <message>
        <source>%1 saved; it is sent with the next sync.</source>
        <translation>“%1”已保存，将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Issue the notice</source>
        <translation>签发文书</translation>
    </message>
    <message>
        <source>The law requires a written notice of this decision. Issue it now?</source>
        <translation>依法须书面告知此决定。现在签发文书吗？</translation>
    </message>
    <message>
        <source>&amp;Workload…</source>
        <translation>工作量(&amp;W)…</translation>
    </message>
    <message>
        <source>Open cases per clerk: by stage, due soon, overdue (Ctrl+Shift+W)</source>
        <translation>各办理人的在办件：按环节、即将超期、已超期（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>分派(&amp;A)…</translation>
    </message>
    <message>
        <source>Give the selected cases to a clerk of the department, with the reason; their claim moves (Ctrl+Shift+G)</source>
        <translation>将所选办件连同原因分派给本部门的窗口人员，认领随之转移（Ctrl+Shift+G）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned.</source>
        <translation>
            <numerusform>已分派%n件办件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 assigned, %2 not: %3</source>
        <translation>已分派%1件，%2件未分派：%3</translation>
    </message>
    <message>
        <source>Choose the cases to assign in the inbox first.</source>
        <translation>请先在办件列表中选择要分派的办件。</translation>
    </message>
    <message>
        <source>The platform cannot be reached, so nothing is assigned: an assignment moves the platform&apos;s claim. Try again when the connection is back.</source>
        <translation>无法连接平台，未分派任何办件：分派要转移平台上的认领。请在连接恢复后重试。</translation>
    </message>
    <message numerus="yes">
        <source>Assigning %n case(s)…</source>
        <translation>
            <numerusform>正在分派%n件办件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve se&amp;veral…</source>
        <translation>批量审批(&amp;V)…</translation>
    </message>
    <message>
        <source>Approve the selected cases after seeing each one&apos;s proposal, each signed with your key (Ctrl+Shift+Y)</source>
        <translation>逐件查看拟办意见后审批所选办件，每件以您的密钥签名（Ctrl+Shift+Y）</translation>
    </message>
    <message numerus="yes">
        <source>Approving %n case(s)…</source>
        <translation>
            <numerusform>正在审批%n件办件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) signed; they are sent with the next sync.</source>
        <translation>
            <numerusform>已签名审批%n件，将在下次同步时发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved, %2 not: %3</source>
        <translation>已审批%1件，%2件未审批：%3</translation>
    </message>
    <message>
        <source>&amp;Preview the notice…</source>
        <translation>预览决定书(&amp;P)…</translation>
    </message>
    <message>
        <source>Counter &amp;intake…</source>
        <translation>窗口收件(&amp;I)…</translation>
    </message>
    <message>
        <source>Register an application handed in at the window (Ctrl+N)</source>
        <translation>登记在窗口递交的申请（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>casedesk::ChecklistPanel</name>
    <message>
        <source>Required materials and verdicts</source>
        <translation>应交材料及核验结论</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Take the shown file as this material</source>
        <translation>将当前显示的文件作为此项材料</translation>
    </message>
    <message>
        <source>Reuse from the platform…</source>
        <translation>从平台复用…</translation>
    </message>
    <message>
        <source>Checklist summary</source>
        <translation>核验小结</translation>
    </message>
    <message>
        <source>&amp;Take shown file</source>
        <translation>采用当前文件(&amp;T)</translation>
    </message>
    <message>
        <source>Take the shown file as the selected material</source>
        <translation>将当前显示的文件作为所选材料</translation>
    </message>
    <message>
        <source>Re&amp;use from the platform…</source>
        <translation>从平台复用(&amp;U)…</translation>
    </message>
    <message>
        <source>Reuse a licence or an earlier material from the platform</source>
        <translation>复用平台上的证照或历史材料</translation>
    </message>
    <message>
        <source>Request &amp;correction…</source>
        <translation>要求补正(&amp;C)…</translation>
    </message>
    <message>
        <source>Request correction with this list</source>
        <translation>按此清单要求补正</translation>
    </message>
    <message>
        <source>%1 (if any)</source>
        <translation>%1（如有）</translation>
    </message>
    <message>
        <source>Reused: %1</source>
        <translation>已复用：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Verdict on %1</source>
        <translation>%1 的核验结论</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>%1 的原因</translation>
    </message>
    <message>
        <source>Every required material is good.</source>
        <translation>应交材料全部合格。</translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) to correct: request correction is suggested.</source>
        <translation>
            <numerusform>%n 项材料需补正：建议要求补正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every material is checked yet.</source>
        <translation>尚有材料未核验。</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>标记为%1</translation>
    </message>
</context>
<context>
    <name>casedesk::CounterIntakeDialog</name>
    <message>
        <source>Counter intake</source>
        <translation>窗口收件</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Service &amp;item:</source>
        <translation>办理事项(&amp;I)：</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Applicant kind</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <source>Applicant &amp;kind:</source>
        <translation>申请人类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>申请人名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>I&amp;D number:</source>
        <translation>证件号码(&amp;D)：</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>联系电话(&amp;T)：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>代办人姓名</translation>
    </message>
    <message>
        <source>Empty when the applicant came in person</source>
        <translation>申请人本人办理时留空</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>代办人(&amp;A)：</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>代办人证件号码</translation>
    </message>
    <message>
        <source>Agent&apos;s ID n&amp;umber:</source>
        <translation>代办人证件号码(&amp;U)：</translation>
    </message>
    <message>
        <source>Agent&apos;s telephone</source>
        <translation>代办人电话</translation>
    </message>
    <message>
        <source>Agent&apos;s telep&amp;hone:</source>
        <translation>代办人电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>Materials handed in</source>
        <translation>收取的材料</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描仪</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>正在查找扫描仪…</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>扫描仪(&amp;S)：</translation>
    </message>
    <message>
        <source>Scan a pa&amp;ge</source>
        <translation>扫描一页(&amp;G)</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>附加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>停止扫描</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>Register and &amp;print receipt</source>
        <translation>登记并打印回执(&amp;P)</translation>
    </message>
    <message>
        <source>Page %1: %p%</source>
        <translation>第 %1 页：%p%</translation>
    </message>
    <message>
        <source>No scanner found</source>
        <translation>未找到扫描仪</translation>
    </message>
    <message>
        <source>%1 (if any)</source>
        <translation>%1（如有）</translation>
    </message>
    <message>
        <source>Choose the material the file belongs to first.</source>
        <translation>请先选择文件所属的材料。</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.ofd *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>文档 (*.pdf *.ofd *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 超过 %2 MB。</translation>
    </message>
    <message>
        <source>%1 attached to %2.</source>
        <translation>%1 已附加到“%2”。</translation>
    </message>
    <message>
        <source>Choose the material to scan first.</source>
        <translation>请先选择要扫描的材料。</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>正在扫描“%1”…</translation>
    </message>
    <message>
        <source>%1: %2 Pages scanned so far are kept (%3).</source>
        <translation>%1：%2 已扫描的页面仍保留（%3 页）。</translation>
    </message>
    <message numerus="yes">
        <source>Scanning stopped; %n page(s) kept.</source>
        <translation>
            <numerusform>扫描已停止，保留 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) scanned.</source>
        <translation>
            <numerusform>%1：已扫描 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>18-digit citizen ID number</source>
        <translation>18 位公民身份号码</translation>
    </message>
    <message>
        <source>The check character is right.</source>
        <translation>校验位正确。</translation>
    </message>
    <message>
        <source>Registered as %1 for %2; it is sent to the platform at the next sync.</source>
        <translation>已登记为 %1（申请人：%2），将在下次同步时报送平台。</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收件回执 %1</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>150 dpi</source>
        <translation>150 点/英寸</translation>
    </message>
    <message>
        <source>200 dpi</source>
        <translation>200 点/英寸</translation>
    </message>
    <message>
        <source>300 dpi</source>
        <translation>300 点/英寸</translation>
    </message>
    <message>
        <source>600 dpi</source>
        <translation>600 点/英寸</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>进纸方式</translation>
    </message>
    <message>
        <source>Flatbed, one page</source>
        <translation>平板，单页</translation>
    </message>
    <message>
        <source>Feeder, every page</source>
        <translation>自动进纸，全部页</translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation>自动进纸，双面</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>B5</source>
        <translation>B5</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation>已扫描的页</translation>
    </message>
    <message>
        <source>Turn the page a quarter clockwise (Ctrl+R)</source>
        <translation>将该页顺时针旋转 90 度（Ctrl+R）</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+←</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+→</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete 键</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Res&amp;olution:</source>
        <translation>分辨率(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>色彩(&amp;C)：</translation>
    </message>
    <message>
        <source>Feed &amp;method:</source>
        <translation>进纸方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>纸张大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Turn clock&amp;wise</source>
        <translation>顺时针旋转(&amp;W)</translation>
    </message>
    <message>
        <source>Move &amp;back</source>
        <translation>前移(&amp;B)</translation>
    </message>
    <message>
        <source>Move ne&amp;xt</source>
        <translation>后移(&amp;X)</translation>
    </message>
    <message>
        <source>Remo&amp;ve page</source>
        <translation>删除该页(&amp;V)</translation>
    </message>
    <message>
        <source>Only the first file was taken: drop one file per material.</source>
        <translation>只收取了第一个文件：每份材料请拖入一个文件。</translation>
    </message>
    <message>
        <source>Preparing the scanned pages…</source>
        <translation>正在整理扫描的页面…</translation>
    </message>
</context>
<context>
    <name>casedesk::FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>事项(&amp;I)：</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Green: in time</source>
        <translation>绿灯：正常</translation>
    </message>
    <message>
        <source>Yellow: due soon</source>
        <translation>黄灯：即将到期</translation>
    </message>
    <message>
        <source>Red: overdue</source>
        <translation>红灯：已超期</translation>
    </message>
    <message>
        <source>No running deadline</source>
        <translation>无计时</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>时限(&amp;D)：</translation>
    </message>
    <message>
        <source>Received &amp;between</source>
        <translation>收件日期(&amp;B)</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>收件日期自</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>收件日期至</translation>
    </message>
    <message>
        <source>Claimed by &amp;me</source>
        <translation>由我认领(&amp;M)</translation>
    </message>
    <message>
        <source>Sa&amp;ved:</source>
        <translation>已保存(&amp;V)：</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Keep these filters under a name</source>
        <translation>以一个名称保存这些筛选条件</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Save filters</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>casedesk::InboxModel</name>
    <message>
        <source>%1: due %2</source>
        <translation>%1：%2 到期</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>申报号</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时限</translation>
    </message>
</context>
<context>
    <name>casedesk::InboxPanel</name>
    <message>
        <source>Inbox</source>
        <translation>办件列表区</translation>
    </message>
    <message>
        <source>Search case no., applicant, item or material (Ctrl+F)</source>
        <translation>搜索申报号、申请人、事项或材料（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索办件</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>办件数量</translation>
    </message>
    <message>
        <source>Search all cases</source>
        <translation>在全部办件中搜索</translation>
    </message>
    <message>
        <source>Nothing in this queue matches: search every queue</source>
        <translation>本队列中没有匹配的办件：在全部队列中搜索</translation>
    </message>
    <message>
        <source>More than %1 cases (counting…)</source>
        <translation>超过 %1 件（正在计数…）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the search index is still being built: some cases may be missing)</source>
        <translation>%1（搜索索引仍在建立，部分办件可能未列出）</translation>
    </message>
    <message>
        <source>Show every holder&apos;s cases again</source>
        <translation>重新显示所有人的办件</translation>
    </message>
    <message>
        <source>Held by %1 ✕</source>
        <translation>认领人：%1 ✕</translation>
    </message>
    <message>
        <source>Only the cases %1 holds; press to show all</source>
        <translation>仅显示%1认领的办件；按下显示全部</translation>
    </message>
</context>
<context>
    <name>casedesk::InboxView</name>
    <message>
        <source>Case inbox</source>
        <translation>办件列表</translation>
    </message>
    <message>
        <source>Case rows</source>
        <translation>办件行</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行标题</translation>
    </message>
    <message>
        <source>Scroll cases</source>
        <translation>滚动办件</translation>
    </message>
    <message>
        <source>Scroll columns</source>
        <translation>滚动列</translation>
    </message>
</context>
<context>
    <name>casedesk::LockScreen</name>
    <message>
        <source>Locked session</source>
        <translation>已锁定的会话</translation>
    </message>
    <message>
        <source>CaseDesk is locked</source>
        <translation>办件工作台已锁定</translation>
    </message>
    <message>
        <source>Password to unlock</source>
        <translation>解锁密码</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>解锁提示</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation>当前登录用户：%1。请输入密码继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk 办件工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Fetch the platform&apos;s changes now (F5)</source>
        <translation>立即从平台获取变更（F5）</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>关于 CaseDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n change(s)</source>
        <translation>
            <numerusform>同步完成：%n 条变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>File menu</source>
        <translation>文件菜单</translation>
    </message>
    <message>
        <source>Help menu</source>
        <translation>帮助菜单</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将超期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ID numbers, phones and addresses are not kept offline: %1</source>
        <translation>证件号码、电话和地址不会离线保存：%1</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Hide the window&apos;s content until your password is entered (Ctrl+L)</source>
        <translation>隐藏窗口内容，输入密码后恢复（Ctrl+L）</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>退出登录(&amp;O)…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out of the platform on this computer?</source>
        <translation>要在本机退出平台登录吗？</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Also remove the cases, materials and keys from this computer</source>
        <translation>同时从本机删除办件、材料和密钥</translation>
    </message>
    <message>
        <source>Remove local data</source>
        <translation>删除本机数据</translation>
    </message>
    <message>
        <source>Not yet on the platform: %1. Removing the local data loses them.</source>
        <translation>尚未到达平台：%1。删除本机数据将丢失这些内容。</translation>
    </message>
    <message>
        <source>The local data is removed. CaseDesk closes now.</source>
        <translation>本机数据已删除。办件工作台即将关闭。</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>View menu</source>
        <translation>视图菜单</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>正在退出登录…</translation>
    </message>
    <message>
        <source>Extensions to approve</source>
        <translation>延期待批</translation>
    </message>
    <message>
        <source>&amp;Check the local cache</source>
        <translation>核对本地缓存(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the local cache with what the platform holds and fetch again whatever differs</source>
        <translation>将本地缓存与平台数据核对，并重新获取不一致的内容</translation>
    </message>
    <message>
        <source>Checking the local cache against the platform…</source>
        <translation>正在将本地缓存与平台核对…</translation>
    </message>
    <message>
        <source>Local cache rebuilt</source>
        <translation>本地缓存已重建</translation>
    </message>
</context>
<context>
    <name>casedesk::MaterialViewer</name>
    <message>
        <source>%1 is too large to show (%2 MiB).</source>
        <translation>%1 太大，无法显示（%2 MiB）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Files of the material</source>
        <translation>材料文件</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Find in the document (Ctrl+F)</source>
        <translation>在文档中查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Viewer tools</source>
        <translation>阅读工具</translation>
    </message>
    <message>
        <source>Previous material</source>
        <translation>上一份材料</translation>
    </message>
    <message>
        <source>Next material</source>
        <translation>下一份材料</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>“%1” is not in this document.</source>
        <translation>文档中没有“%1”。</translation>
    </message>
    <message>
        <source>No files to show.</source>
        <translation>没有可显示的文件。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): ask the applicant to upload it again.</source>
        <translation>%1 是空文件（0 字节）：请申请人重新上传。</translation>
    </message>
    <message>
        <source>%1 is protected by a password and cannot be checked: ask the applicant for an unprotected copy.</source>
        <translation>%1 设有密码，无法核验：请申请人提供未加密的文件。</translation>
    </message>
    <message>
        <source>%1 is encrypted in a way that cannot be opened.</source>
        <translation>%1 的加密方式无法打开。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete and cannot be shown.</source>
        <translation>%1 已损坏或不完整，无法显示。</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>正在打开 %1 …</translation>
    </message>
    <message>
        <source>%1 is damaged or not an image Qt can read.</source>
        <translation>%1 已损坏，或不是可读取的图片。</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: %2</source>
        <translation>%1 已损坏或不完整：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3 %</source>
        <translation>第 %1 页，共 %2 页 · %3 %</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3 %</source>
        <translation>%1 × %2 像素 · %3 %</translation>
    </message>
    <message>
        <source>Files and pages</source>
        <translation>文件和页面</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>阅读器</translation>
    </message>
    <message numerus="yes">
        <source> · found %n time(s) on this page</source>
        <translation>
            <numerusform> · 本页找到 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <source>%1 is neither a PDF, an OFD document nor an image (its content says so, whatever its name): it cannot be shown.</source>
        <translation>%1 既不是 PDF、OFD 文档，也不是图片（以文件内容为准，与文件名无关），无法显示。</translation>
    </message>
</context>
<context>
    <name>casedesk::MaterialsDesk</name>
    <message>
        <source>The reused document&apos;s file could not be fetched: %1</source>
        <translation>复用材料的文件未能获取：%1</translation>
    </message>
    <message>
        <source>%1 (reused: %2)</source>
        <translation>%1（复用：%2）</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>正在打开 %1 …</translation>
    </message>
    <message>
        <source>%1 is being downloaded …</source>
        <translation>正在下载 %1 …</translation>
    </message>
    <message>
        <source>%1 is not on this computer; it can be downloaded when the platform is reachable.</source>
        <translation>%1 不在本机；可在能连接平台时下载。</translation>
    </message>
    <message>
        <source>Looking up the applicant&apos;s licences needs the platform and the applicant&apos;s ID number.</source>
        <translation>查询申请人的证照需要连接平台，并需要申请人的证件号码。</translation>
    </message>
    <message>
        <source>The case of these materials is no longer selected in the inbox.</source>
        <translation>这些材料所属的办件已不在收件箱中选中。</translation>
    </message>
</context>
<context>
    <name>casedesk::NoticeDesk</name>
    <message>
        <source>Notices are kept in the encrypted vault, which needs the keychain.</source>
        <translation>文书保存在加密存储区中，需要钥匙串。</translation>
    </message>
    <message>
        <source>No notice records an act of this case yet: notices follow the acceptance, a correction request, a refusal or a decision.</source>
        <translation>此办件尚无需要书面告知的办理行为：文书在受理、一次性告知补正、不予受理或作出决定之后签发。</translation>
    </message>
    <message>
        <source>You may not issue notices on this case.</source>
        <translation>您不能为此办件签发文书。</translation>
    </message>
    <message>
        <source>Issue a notice</source>
        <translation>签发文书</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>文书预览</translation>
    </message>
    <message>
        <source>Draft of the notice</source>
        <translation>文书草稿</translation>
    </message>
</context>
<context>
    <name>casedesk::NoticeDialog</name>
    <message>
        <source>Issue a notice</source>
        <translation>签发文书</translation>
    </message>
    <message>
        <source>Kind of notice</source>
        <translation>文书种类</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>种类(&amp;K)</translation>
    </message>
    <message>
        <source>Materials to correct, with what is missing or wrong</source>
        <translation>需补正的材料及缺少或有误之处</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>What is missing or wrong</source>
        <translation>缺少或有误之处</translation>
    </message>
    <message>
        <source>Add a &amp;material</source>
        <translation>添加材料(&amp;M)</translation>
    </message>
    <message>
        <source>Add a material to correct</source>
        <translation>添加需补正的材料</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>补正内容</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>法律依据(&amp;L)</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>许可证件编号</translation>
    </message>
    <message>
        <source>Licence &amp;number</source>
        <translation>证件编号(&amp;N)</translation>
    </message>
    <message>
        <source>Licence valid until</source>
        <translation>许可证件有效期至</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>有效期至(&amp;U)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>文书预览</translation>
    </message>
    <message>
        <source>&amp;Issue and sign</source>
        <translation>签发并签名(&amp;I)</translation>
    </message>
    <message>
        <source>Issue and sign the notice</source>
        <translation>签发并签名文书</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The notice&apos;s PDF cannot be read.</source>
        <translation>无法读取文书的 PDF。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Notice form</source>
        <translation>通知书表单</translation>
    </message>
    <message>
        <source>Form and preview</source>
        <translation>表单与预览</translation>
    </message>
</context>
<context>
    <name>casedesk::PendingActionsController</name>
    <message>
        <source>Held: the case changed on the platform meanwhile (%1)</source>
        <translation>已暂停：平台上的办件已有变化（%1）</translation>
    </message>
    <message>
        <source>Held: the platform refused it (%1)</source>
        <translation>已暂停：平台拒绝了此操作（%1）</translation>
    </message>
    <message>
        <source>Waiting to be sent; the last try failed: %1</source>
        <translation>等待发送；上次尝试失败：%1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Counter intake: create the case on the platform</source>
        <translation>窗口收件：在平台上创建办件</translation>
    </message>
    <message>
        <source>Upload %1 (version %2)</source>
        <translation>上传%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>上传%1</translation>
    </message>
    <message>
        <source>Refused by the platform (%1); the file stays on this computer</source>
        <translation>平台拒绝接收（%1）；文件仍保存在本机</translation>
    </message>
    <message>
        <source>Waits until the platform has the case</source>
        <translation>待平台建立该办件后上传</translation>
    </message>
    <message>
        <source>%1% sent; the last try failed: %2</source>
        <translation>已发送 %1%；上次尝试失败：%2</translation>
    </message>
    <message>
        <source>%1% sent</source>
        <translation>已发送 %1%</translation>
    </message>
</context>
<context>
    <name>casedesk::PendingActionsDialog</name>
    <message>
        <source>Pending actions</source>
        <translation>待发送的操作</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>申报号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Send &amp;again on the current version</source>
        <translation>按平台当前版本重新发送(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>放弃(&amp;D)…</translation>
    </message>
    <message>
        <source>Discard the selected action, with a reason</source>
        <translation>放弃所选操作并说明理由</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Discard the action</source>
        <translation>放弃操作</translation>
    </message>
    <message>
        <source>Why is it discarded? The reason is kept.</source>
        <translation>为什么放弃？理由将被保存。</translation>
    </message>
    <message>
        <source>Nothing waits: the platform has everything.</source>
        <translation>没有待发送的操作：平台已收到全部操作。</translation>
    </message>
    <message>
        <source>Actions taken and files received on this computer that the platform does not have yet. They are sent in order with every sync; a held action waits for your decision.</source>
        <translation>本机已办理、平台尚未收到的操作，以及本机收取、尚未上传的文件。每次同步时按顺序发送；被搁置的操作等待您处理。</translation>
    </message>
</context>
<context>
    <name>casedesk::ProfileLock</name>
    <message>
        <source>CaseDesk is already open on this profile (process %1 on %2). Use that window, or close it first: two windows on one profile would both write its cache.</source>
        <translation>CaseDesk 已在此配置上打开（%2 上的进程 %1）。请使用那个窗口，或先将其关闭：同一配置上的两个窗口会同时写入缓存。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written. Ask the administrator to give you write access to it.</source>
        <translation>无法写入配置文件夹 %1。请管理员为您开通该文件夹的写入权限。</translation>
    </message>
</context>
<context>
    <name>casedesk::SessionLock</name>
    <message>
        <source>This session cannot be unlocked here (it was opened through the identity portal or without a keychain). Sign out and sign in again.</source>
        <translation>此会话无法在这里解锁（它通过统一身份认证登录，或本机没有密钥环）。请退出后重新登录。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the session ends.</source>
        <translation>密码错误次数过多，会话已结束。</translation>
    </message>
    <message>
        <source>The password is wrong (%1 of %2 attempts).</source>
        <translation>密码错误（第 %1 次，共可尝试 %2 次）。</translation>
    </message>
</context>
<context>
    <name>casedesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Next field or pane</source>
        <translation>下一个字段或区域</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab 键</translation>
    </message>
    <message>
        <source>Previous field or pane</source>
        <translation>上一个字段或区域</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab 键</translation>
    </message>
    <message>
        <source>Open the selected case (its first action)</source>
        <translation>打开所选办件（其第一项办理操作）</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车键</translation>
    </message>
    <message>
        <source>Move through the inbox; the case pane follows</source>
        <translation>在办件列表中移动，详情随之显示</translation>
    </message>
    <message>
        <source>↑ ↓, Page Up, Page Down</source>
        <translation>↑ ↓、Page Up、Page Down</translation>
    </message>
    <message>
        <source>Start a search by typing in the inbox</source>
        <translation>在办件列表中直接输入即开始搜索</translation>
    </message>
    <message>
        <source>any letter or digit</source>
        <translation>任意字母或数字</translation>
    </message>
    <message>
        <source>Close a dialog or the materials window</source>
        <translation>关闭对话框或材料窗口</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc 键</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>打开菜单</translation>
    </message>
    <message>
        <source>Alt, or F10</source>
        <translation>Alt 或 F10</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>casedesk::SignInDialog</name>
    <message>
        <source>Sign in to the one-stop service platform</source>
        <translation>登录一体化在线政务服务平台</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Platform address:</source>
        <translation>平台地址(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>登录提示</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address, for example https://zwfw.example.gov.cn</source>
        <translation>请输入平台地址，例如 https://zwfw.example.gov.cn</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Sign in through the identity &amp;portal</source>
        <translation>通过统一身份认证登录(&amp;P)</translation>
    </message>
    <message>
        <source>The browser could not be opened.</source>
        <translation>无法打开浏览器。</translation>
    </message>
    <message>
        <source>Continue in the browser; CaseDesk waits for the identity portal.</source>
        <translation>请在浏览器中继续；办件工作台正在等待统一身份认证平台的回应。</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncService</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接平台。</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be kept in the keychain, so CaseDesk will ask you to sign in at its next start. %1</source>
        <translation>续期后的登录凭据未能保存到系统钥匙串，下次启动 CaseDesk 时需要重新登录。%1</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncStatus</name>
    <message>
        <source>Connection</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>待发送的操作</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n change(s) received</source>
        <translation>
            <numerusform>正在同步：已接收 %n 条变更</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to send, %2 need your decision</source>
        <translation>%1 项待发送，%2 项需要您处理</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) to send</source>
        <translation>
            <numerusform>%n 项操作待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Online, reached at %1</source>
        <translation>在线（最近连通 %1）</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <source>Records set aside</source>
        <translation>已隔离的记录</translation>
    </message>
    <message>
        <source>The platform sent records this computer could not read. They are kept aside and fetched again at each sync; File › Check the local cache says which. If this stays, tell your administrator.</source>
        <translation>平台发来了本机无法读取的记录。这些记录已隔离，每次同步时重新获取；“文件 › 核对本地缓存”会列明是哪些。如一直存在，请告知系统管理员。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>%n 条记录无法读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::WorkloadDialog</name>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Open cases per clerk</source>
        <translation>各办理人的在办件</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将超期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Open cases by who holds them, as of the last sync.</source>
        <translation>按认领人统计的在办件，截至最近一次同步。</translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation>未认领</translation>
    </message>
    <message>
        <source>&amp;Reassign all of theirs…</source>
        <translation>改派其全部办件(&amp;R)…</translation>
    </message>
    <message>
        <source>Give every open case the selected clerk holds to another clerk, for example while they are on leave</source>
        <translation>将所选人员承办的全部在办件改派给其他窗口人员，例如在其休假期间</translation>
    </message>
    <message>
        <source>&amp;Show their cases</source>
        <translation>查看其办件(&amp;S)</translation>
    </message>
    <message>
        <source>The selected clerk&apos;s open cases in the inbox (Enter)</source>
        <translation>在办件列表中查看所选人员的办件（回车）</translation>
    </message>
    <message>
        <source>Avg. working days open</source>
        <translation>平均已用工作日</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk 办件工作台</translation>
    </message>
    <message>
        <source>CaseDesk, the case desk for the one-stop government service platform. The profile folder is CASEDESK_HOME when set.</source>
        <translation>CaseDesk 一体化在线政务服务平台办件工作台。设置 CASEDESK_HOME 时以其为配置目录。</translation>
    </message>
    <message>
        <source>Open the viewer on local files (a scan to check before it is attached), without signing in.</source>
        <translation>不登录，直接用阅读器打开本机文件（如附件上传前核对扫描件）。</translation>
    </message>
    <message>
        <source>CaseDesk viewer</source>
        <translation>CaseDesk 阅读器</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation>无法打开本地缓存：%1</translation>
    </message>
    <message>
        <source>Files to open in the viewer.</source>
        <translation>在查看器中打开的文件。</translation>
    </message>
</context>
</TS>
