<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutFacts</name>
    <message>
        <source>CaseDesk version</source>
        <translation>CaseDesk version</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt version</translation>
    </message>
    <message>
        <source> (built with %1)</source>
        <translation> (built with %1)</translation>
    </message>
    <message>
        <source>OpenSSL version</source>
        <translation>OpenSSL version</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Profile folder</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>Templates and calendars</source>
        <translation>Templates and calendars</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Correction needed</source>
        <translation>Correction needed</translation>
    </message>
    <message>
        <source>Not for this department</source>
        <translation>Not for this department</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Electronic delivery</source>
        <translation>Electronic delivery</translation>
    </message>
</context>
<context>
    <name>ActionService</name>
    <message>
        <source>An approval is signed with your personal key, and there is none to sign with here.</source>
        <translation>An approval is signed with your personal key, and there is none to sign with here.</translation>
    </message>
</context>
<context>
    <name>ApprovalSigner</name>
    <message>
        <source>Your signing key cannot be read from the keychain: %1</source>
        <translation>Your signing key cannot be read from the keychain: %1</translation>
    </message>
    <message>
        <source>Your signing key cannot be kept in the keychain: %1</source>
        <translation>Your signing key cannot be kept in the keychain: %1</translation>
    </message>
    <message>
        <source>The signing key in the keychain is not an SM2 key.</source>
        <translation>The signing key in the keychain is not an SM2 key.</translation>
    </message>
</context>
<context>
    <name>AssignmentForm</name>
    <message>
        <source>Choose the cases to assign in the inbox first.</source>
        <translation>Choose the cases to assign in the inbox first.</translation>
    </message>
    <message>
        <source>The department&apos;s staff are still being read.</source>
        <translation>The department&apos;s staff are still being read.</translation>
    </message>
    <message>
        <source>There is no other clerk in the department to assign to.</source>
        <translation>There is no other clerk in the department to assign to.</translation>
    </message>
    <message>
        <source>Choose the clerk who takes the cases.</source>
        <translation>Choose the clerk who takes the cases.</translation>
    </message>
    <message>
        <source>Give the reason: the platform records it in each case&apos;s history.</source>
        <translation>Give the reason: the platform records it in each case&apos;s history.</translation>
    </message>
    <message>
        <source>Reading the department&apos;s staff from the platform…</source>
        <translation>Reading the department&apos;s staff from the platform…</translation>
    </message>
    <message>
        <source>The department&apos;s staff cannot be read: %1</source>
        <translation>The department&apos;s staff cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) to assign. The clerk&apos;s claim moves with them.</source>
        <translation>
            <numerusform>%n case to assign. The clerk&apos;s claim moves with them.</numerusform>
            <numerusform>%n cases to assign. The clerk&apos;s claim moves with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>entries before this one were deleted</source>
        <translation>entries before this one were deleted</translation>
    </message>
    <message>
        <source>does not follow the entry before it (deleted or reordered)</source>
        <translation>does not follow the entry before it (deleted or reordered)</translation>
    </message>
    <message>
        <source>was edited after it was written</source>
        <translation>was edited after it was written</translation>
    </message>
</context>
<context>
    <name>BatchApproval</name>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>Choose the cases to approve in the inbox first.</source>
        <translation>Choose the cases to approve in the inbox first.</translation>
    </message>
    <message>
        <source>None of these cases can be approved now.</source>
        <translation>None of these cases can be approved now.</translation>
    </message>
</context>
<context>
    <name>BuiltInButtons</name>
    <message>
        <source>More tools</source>
        <translation>More tools</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
</context>
<context>
    <name>CacheCheck</name>
    <message>
        <source>The cache could not be compared with the platform: %1</source>
        <translation>The cache could not be compared with the platform: %1</translation>
    </message>
    <message numerus="yes">
        <source>The local cache matches the platform (%n groups compared).</source>
        <translation>
            <numerusform>The local cache matches the platform (%n groups compared).</numerusform>
            <numerusform>The local cache matches the platform (%n groups compared).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local cache differed from the platform in %n cases; they were fetched again and the cache now matches.</source>
        <translation>
            <numerusform>The local cache differed from the platform in %n cases; they were fetched again and the cache now matches.</numerusform>
            <numerusform>The local cache differed from the platform in %n cases; they were fetched again and the cache now matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local cache differed from the platform in %n cases; they were fetched again, but the cache still differs (the platform may have changed meanwhile: check again after the next sync).</source>
        <translation>
            <numerusform>The local cache differed from the platform in %n cases; they were fetched again, but the cache still differs (the platform may have changed meanwhile: check again after the next sync).</numerusform>
            <numerusform>The local cache differed from the platform in %n cases; they were fetched again, but the cache still differs (the platform may have changed meanwhile: check again after the next sync).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local cache differs from the platform in %n cases.</source>
        <translation>
            <numerusform>The local cache differs from the platform in %n cases.</numerusform>
            <numerusform>The local cache differs from the platform in %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records from the platform could not be read and are set aside; they are fetched again at each sync.</source>
        <translation>
            <numerusform>%n records from the platform could not be read and are set aside; they are fetched again at each sync.</numerusform>
            <numerusform>%n records from the platform could not be read and are set aside; they are fetched again at each sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheRescue</name>
    <message>
        <source>actions not yet sent</source>
        <translation>actions not yet sent</translation>
    </message>
    <message>
        <source>discarded actions</source>
        <translation>discarded actions</translation>
    </message>
    <message>
        <source>audit records</source>
        <translation>audit records</translation>
    </message>
    <message>
        <source>issued notices</source>
        <translation>issued notices</translation>
    </message>
    <message>
        <source>reserved document number blocks</source>
        <translation>reserved document number blocks</translation>
    </message>
    <message>
        <source>material checklists</source>
        <translation>material checklists</translation>
    </message>
    <message>
        <source>stored materials</source>
        <translation>stored materials</translation>
    </message>
    <message>
        <source>The damaged local cache %1 cannot be moved aside to rebuild it.</source>
        <translation>The damaged local cache %1 cannot be moved aside to rebuild it.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The local cache file was damaged. CaseDesk started a new one and fetches the cases from the platform again.</source>
        <translation>The local cache file was damaged. CaseDesk started a new one and fetches the cases from the platform again.</translation>
    </message>
    <message>
        <source>Nothing of this computer&apos;s own was waiting in it.</source>
        <translation>Nothing of this computer&apos;s own was waiting in it.</translation>
    </message>
    <message>
        <source>Kept from it: %1.</source>
        <translation>Kept from it: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Could not be read in full: %1. The damaged file is kept as %2; give it to the administrator.</source>
        <translation>Could not be read in full: %1. The damaged file is kept as %2; give it to the administrator.</translation>
    </message>
</context>
<context>
    <name>CaseRefetch</name>
    <message>
        <source>The platform answered with another case.</source>
        <translation>The platform answered with another case.</translation>
    </message>
</context>
<context>
    <name>CaseStage</name>
    <message>
        <source>Awaiting pre-review</source>
        <translation>Awaiting pre-review</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>Awaiting acceptance</translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation>Correction requested</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Special procedure</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Writing to the local cache failed: %1</source>
        <translation>Writing to the local cache failed: %1</translation>
    </message>
    <message>
        <source>The local cache is busy: %1</source>
        <translation>The local cache is busy: %1</translation>
    </message>
    <message>
        <source>Case %1 is not in the local cache.</source>
        <translation>Case %1 is not in the local cache.</translation>
    </message>
    <message>
        <source>The cached case cannot be read: %1</source>
        <translation>The cached case cannot be read: %1</translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>The local cache cannot be read: %1</translation>
    </message>
    <message>
        <source>Reading the local cache failed: %1</source>
        <translation>Reading the local cache failed: %1</translation>
    </message>
</context>
<context>
    <name>CounterIntake</name>
    <message>
        <source>The service item is not one of your department&apos;s items.</source>
        <translation>The service item is not one of your department&apos;s items.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The file is not a PDF, OFD, JPEG, PNG or TIFF document (it looks like %1).</source>
        <translation>The file is not a PDF, OFD, JPEG, PNG or TIFF document (it looks like %1).</translation>
    </message>
    <message>
        <source>A file belongs to no material handed in.</source>
        <translation>A file belongs to no material handed in.</translation>
    </message>
    <message>
        <source>Scans are kept in the vault, and the vault needs the data key from the system keychain.</source>
        <translation>Scans are kept in the vault, and the vault needs the data key from the system keychain.</translation>
    </message>
    <message>
        <source>The receipt is not kept for a reprint: the vault needs the data key from the system keychain.</source>
        <translation>The receipt is not kept for a reprint: the vault needs the data key from the system keychain.</translation>
    </message>
    <message>
        <source>No such file is kept for this application.</source>
        <translation>No such file is kept for this application.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available, so CaseDesk cannot remember your sign-in or its keys.</source>
        <translation>No keychain is available, so CaseDesk cannot remember your sign-in or its keys.</translation>
    </message>
    <message>
        <source>The keychain could not be used (error %1). The details are in the log.</source>
        <translation>The keychain could not be used (error %1). The details are in the log.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). If it asks for your password, unlock it and try again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. If it asks for your password, unlock it and try again.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. If it asks for your password, unlock it and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock your login keyring and try again.</source>
        <translation>The keychain is locked or refused access. Unlock your login keyring and try again.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Cannot open the local cache %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 is not usable: %2</source>
        <translation>The local cache %1 is not usable: %2</translation>
    </message>
    <message>
        <source>The local cache %1 is not a database.</source>
        <translation>The local cache %1 is not a database.</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer CaseDesk (schema %2, this version knows %3). Update CaseDesk; the cache was left untouched.</source>
        <translation>The local cache %1 was written by a newer CaseDesk (schema %2, this version knows %3). Update CaseDesk; the cache was left untouched.</translation>
    </message>
    <message>
        <source>Cannot back up the local cache before upgrading it: %1</source>
        <translation>Cannot back up the local cache before upgrading it: %1</translation>
    </message>
    <message>
        <source>Upgrading the local cache to schema %1 failed: %2</source>
        <translation>Upgrading the local cache to schema %1 failed: %2</translation>
    </message>
    <message>
        <source>The local cache file is damaged. Restart CaseDesk: it rebuilds the cache from the platform and keeps the actions, notices and audit records not yet sent.</source>
        <translation>The local cache file is damaged. Restart CaseDesk: it rebuilds the cache from the platform and keeps the actions, notices and audit records not yet sent.</translation>
    </message>
    <message>
        <source>the disk that holds the profile is full. Free some space (or ask the administrator to); nothing is lost, and CaseDesk goes on where it stopped.</source>
        <translation>the disk that holds the profile is full. Free some space (or ask the administrator to); nothing is lost, and CaseDesk goes on where it stopped.</translation>
    </message>
    <message>
        <source>the profile folder or the cache file is read-only.</source>
        <translation>the profile folder or the cache file is read-only.</translation>
    </message>
    <message>
        <source>the cache file cannot be opened (a missing or unwritable folder).</source>
        <translation>the cache file cannot be opened (a missing or unwritable folder).</translation>
    </message>
    <message>
        <source>the disk could not be read or written (a failing or removed disk).</source>
        <translation>the disk could not be read or written (a failing or removed disk).</translation>
    </message>
    <message>
        <source>another program holds the cache; try again in a moment.</source>
        <translation>another program holds the cache; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>The ID number is empty.</translation>
    </message>
    <message>
        <source>15-digit ID numbers of the first generation are no longer valid; ask for the 18-digit number.</source>
        <translation>15-digit ID numbers of the first generation are no longer valid; ask for the 18-digit number.</translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>An ID number has 18 characters; this one has %n.</numerusform>
            <numerusform>An ID number has 18 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the ID number must be a digit.</source>
        <translation>Character %1 of the ID number must be a digit.</translation>
    </message>
    <message>
        <source>The last character of the ID number must be a digit or X.</source>
        <translation>The last character of the ID number must be a digit or X.</translation>
    </message>
    <message>
        <source>The ID number does not begin with a region&apos;s code.</source>
        <translation>The ID number does not begin with a region&apos;s code.</translation>
    </message>
    <message>
        <source>Characters 7 to 14 of the ID number are not a date of birth.</source>
        <translation>Characters 7 to 14 of the ID number are not a date of birth.</translation>
    </message>
    <message>
        <source>The date of birth in the ID number cannot be right.</source>
        <translation>The date of birth in the ID number cannot be right.</translation>
    </message>
    <message>
        <source>The check digit of the ID number does not match: a character was mistyped.</source>
        <translation>The check digit of the ID number does not match: a character was mistyped.</translation>
    </message>
    <message>
        <source>The unified social credit code is empty.</source>
        <translation>The unified social credit code is empty.</translation>
    </message>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform>
            <numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the unified social credit code is not allowed (I, O, S, V and Z are never used).</source>
        <translation>Character %1 of the unified social credit code is not allowed (I, O, S, V and Z are never used).</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of the unified social credit code are the region&apos;s code and must be digits.</source>
        <translation>Characters 3 to 8 of the unified social credit code are the region&apos;s code and must be digits.</translation>
    </message>
    <message>
        <source>The check character of the unified social credit code does not match: a character was mistyped.</source>
        <translation>The check character of the unified social credit code does not match: a character was mistyped.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Choose the service item the application is for.</source>
        <translation>Choose the service item the application is for.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is missing.</source>
        <translation>The organisation&apos;s name is missing.</translation>
    </message>
    <message>
        <source>The applicant&apos;s name is missing.</source>
        <translation>The applicant&apos;s name is missing.</translation>
    </message>
    <message>
        <source>The applicant&apos;s name is too long.</source>
        <translation>The applicant&apos;s name is too long.</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <source>The legal representative is missing.</source>
        <translation>The legal representative is missing.</translation>
    </message>
    <message>
        <source>The applicant&apos;s telephone, address or legal representative is too long.</source>
        <translation>The applicant&apos;s telephone, address or legal representative is too long.</translation>
    </message>
    <message>
        <source>The agent&apos;s name is missing.</source>
        <translation>The agent&apos;s name is missing.</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>The remarks are too long.</source>
        <translation>The remarks are too long.</translation>
    </message>
    <message>
        <source>The application cannot have been received after today.</source>
        <translation>The application cannot have been received after today.</translation>
    </message>
    <message>
        <source>A material handed in has no name.</source>
        <translation>A material handed in has no name.</translation>
    </message>
    <message>
        <source>A material&apos;s pages or copies are not a count.</source>
        <translation>A material&apos;s pages or copies are not a count.</translation>
    </message>
</context>
<context>
    <name>IntakeRegister</name>
    <message>
        <source>The application could not be saved: %1</source>
        <translation>The application could not be saved: %1</translation>
    </message>
    <message>
        <source>The application cannot be kept on this computer without the data key from the system keychain.</source>
        <translation>The application cannot be kept on this computer without the data key from the system keychain.</translation>
    </message>
    <message>
        <source>The application is no longer on this computer.</source>
        <translation>The application is no longer on this computer.</translation>
    </message>
    <message>
        <source>The applicant&apos;s data cannot be opened with this computer&apos;s data key.</source>
        <translation>The applicant&apos;s data cannot be opened with this computer&apos;s data key.</translation>
    </message>
    <message>
        <source>The platform answered with case %1, which the application %2 registered here already became. Ask the platform&apos;s administrator; this application is kept and not sent again.</source>
        <translation>The platform answered with case %1, which the application %2 registered here already became. Ask the platform&apos;s administrator; this application is kept and not sent again.</translation>
    </message>
</context>
<context>
    <name>JsonMapping</name>
    <message>
        <source>is not an integer</source>
        <translation>is not an integer</translation>
    </message>
    <message>
        <source>is not an ISO 8601 date and time</source>
        <translation>is not an ISO 8601 date and time</translation>
    </message>
    <message>
        <source>The platform sent invalid data: %1 %2.</source>
        <translation>The platform sent invalid data: %1 %2.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>has the wrong type</translation>
    </message>
    <message>
        <source>The platform sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation>The platform sent an answer that is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>is not a valid time limit</source>
        <translation>is not a valid time limit</translation>
    </message>
    <message>
        <source>has an unknown unit</source>
        <translation>has an unknown unit</translation>
    </message>
    <message>
        <source>names an unknown stage</source>
        <translation>names an unknown stage</translation>
    </message>
    <message>
        <source>names an unknown kind of applicant</source>
        <translation>names an unknown kind of applicant</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>is not an object</translation>
    </message>
    <message>
        <source>names an unknown operation</source>
        <translation>names an unknown operation</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>is out of range</translation>
    </message>
    <message>
        <source>lies before the start</source>
        <translation>lies before the start</translation>
    </message>
    <message>
        <source>The stored case is not a JSON object (%1).</source>
        <translation>The stored case is not a JSON object (%1).</translation>
    </message>
    <message>
        <source>names a role that approves nothing</source>
        <translation>names a role that approves nothing</translation>
    </message>
    <message>
        <source>is not an allowed identifier</source>
        <translation>is not an allowed identifier</translation>
    </message>
    <message>
        <source>does not match the change&apos;s id</source>
        <translation>does not match the change&apos;s id</translation>
    </message>
    <message>
        <source>names an unknown channel</source>
        <translation>names an unknown channel</translation>
    </message>
    <message>
        <source>The platform reported an upload position outside the file.</source>
        <translation>The platform reported an upload position outside the file.</translation>
    </message>
</context>
<context>
    <name>LocalData</name>
    <message numerus="yes">
        <source>%n action(s) not yet sent</source>
        <translation>
            <numerusform>%n action not yet sent</numerusform>
            <numerusform>%n actions not yet sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s) the platform does not have yet</source>
        <translation>
            <numerusform>%n audit entry the platform does not have yet</numerusform>
            <numerusform>%n audit entrys the platform does not have yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove: %1</source>
        <translation>Could not remove: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) not yet uploaded</source>
        <translation>
            <numerusform>%n notice not yet uploaded</numerusform>
            <numerusform>%n notices not yet uploaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaterialChecklist</name>
    <message>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Does not meet the requirements</source>
        <translation>Does not meet the requirements</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Illegible copy</source>
        <translation>Illegible copy</translation>
    </message>
    <message>
        <source>Official seal missing</source>
        <translation>Official seal missing</translation>
    </message>
    <message>
        <source>Signature missing</source>
        <translation>Signature missing</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Incomplete: pages missing</source>
        <translation>Incomplete: pages missing</translation>
    </message>
    <message>
        <source>Does not match the application form</source>
        <translation>Does not match the application form</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>The file cannot be opened</translation>
    </message>
    <message>
        <source>Original required</source>
        <translation>Original required</translation>
    </message>
</context>
<context>
    <name>MaterialFetcher</name>
    <message>
        <source>The file is larger than CaseDesk accepts (200 MiB).</source>
        <translation>The file is larger than CaseDesk accepts (200 MiB).</translation>
    </message>
</context>
<context>
    <name>MaterialUploads</name>
    <message>
        <source>The file could not be queued for the platform: %1</source>
        <translation>The file could not be queued for the platform: %1</translation>
    </message>
</context>
<context>
    <name>NoticeDocument</name>
    <message>
        <source>The notice has no pages.</source>
        <translation>The notice has no pages.</translation>
    </message>
    <message>
        <source>Writing the PDF failed.</source>
        <translation>Writing the PDF failed.</translation>
    </message>
</context>
<context>
    <name>NoticeIssuer</name>
    <message>
        <source>There is no signing certificate (%1). Import the department&apos;s certificate with casedesk-cli signing-cert import, or fetch one with casedesk-cli signing-cert fetch.</source>
        <translation>There is no signing certificate (%1). Import the department&apos;s certificate with casedesk-cli signing-cert import, or fetch one with casedesk-cli signing-cert fetch.</translation>
    </message>
    <message>
        <source>The signing certificate&apos;s password is not in the keychain: %1</source>
        <translation>The signing certificate&apos;s password is not in the keychain: %1</translation>
    </message>
    <message>
        <source>The SM2 seal key cannot be kept in the keychain: %1</source>
        <translation>The SM2 seal key cannot be kept in the keychain: %1</translation>
    </message>
    <message>
        <source>The seal image %1 cannot be read.</source>
        <translation>The seal image %1 cannot be read.</translation>
    </message>
    <message>
        <source>The applicant&apos;s address is sealed and the data key is not available: a notice cannot be addressed without it.</source>
        <translation>The applicant&apos;s address is sealed and the data key is not available: a notice cannot be addressed without it.</translation>
    </message>
    <message>
        <source>Notices are kept in the vault, and the vault needs the data key.</source>
        <translation>Notices are kept in the vault, and the vault needs the data key.</translation>
    </message>
    <message>
        <source>No 文号 is left for %1 notices of %2 on this computer. Sync online once to reserve more.</source>
        <translation>No 文号 is left for %1 notices of %2 on this computer. Sync online once to reserve more.</translation>
    </message>
    <message>
        <source>The notice could not be registered in the cache.</source>
        <translation>The notice could not be registered in the cache.</translation>
    </message>
</context>
<context>
    <name>NoticeTemplate</name>
    <message>
        <source>Template %1, line %2: %3</source>
        <translation>Template %1, line %2: %3</translation>
    </message>
    <message>
        <source>an empty placeholder {{}}</source>
        <translation>an empty placeholder {{}}</translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that was never opened</source>
        <translation>{{/%1}} closes a section that was never opened</translation>
    </message>
    <message>
        <source>sections cannot be nested ({{#%1}})</source>
        <translation>sections cannot be nested ({{#%1}})</translation>
    </message>
    <message>
        <source>{{#%1}} is never closed</source>
        <translation>{{#%1}} is never closed</translation>
    </message>
    <message>
        <source>unknown list {{#%1}}</source>
        <translation>unknown list {{#%1}}</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}</source>
        <translation>unknown placeholder {{%1}}</translation>
    </message>
    <message>
        <source>Template %1 does not start with its &lt;!--notice … --&gt; header.</source>
        <translation>Template %1 does not start with its &lt;!--notice … --&gt; header.</translation>
    </message>
    <message>
        <source>Template %1, line %2: expected “name: value”.</source>
        <translation>Template %1, line %2: expected “name: value”.</translation>
    </message>
    <message>
        <source>Template %1, line %2: unknown header field “%3”.</source>
        <translation>Template %1, line %2: unknown header field “%3”.</translation>
    </message>
    <message>
        <source>Template %1: the header must name the kind and the title.</source>
        <translation>Template %1: the header must name the kind and the title.</translation>
    </message>
    <message>
        <source>“%1” is not a notice kind.</source>
        <translation>“%1” is not a notice kind.</translation>
    </message>
    <message>
        <source>There is no template for notices of kind “%1”.</source>
        <translation>There is no template for notices of kind “%1”.</translation>
    </message>
    <message>
        <source>Template %1 cannot be read: %2</source>
        <translation>Template %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Template %1 is not UTF-8 text.</source>
        <translation>Template %1 is not UTF-8 text.</translation>
    </message>
    <message>
        <source>Template %1 says it is for “%2”, not “%3”.</source>
        <translation>Template %1 says it is for “%2”, not “%3”.</translation>
    </message>
    <message>
        <source>The %1 cannot be issued: %2 is missing.</source>
        <translation>The %1 cannot be issued: %2 is missing.</translation>
    </message>
    <message>
        <source>unknown partial {{&gt;%1}}</source>
        <translation>unknown partial {{&gt;%1}}</translation>
    </message>
    <message>
        <source>Partial %1 includes another partial; only templates may.</source>
        <translation>Partial %1 includes another partial; only templates may.</translation>
    </message>
    <message>
        <source>the department&apos;s name</source>
        <translation>the department&apos;s name</translation>
    </message>
    <message>
        <source>the department&apos;s address</source>
        <translation>the department&apos;s address</translation>
    </message>
    <message>
        <source>the contact telephone</source>
        <translation>the contact telephone</translation>
    </message>
    <message>
        <source>the complaint telephone</source>
        <translation>the complaint telephone</translation>
    </message>
    <message>
        <source>the reconsideration body</source>
        <translation>the reconsideration body</translation>
    </message>
    <message>
        <source>the court</source>
        <translation>the court</translation>
    </message>
    <message>
        <source>the document number</source>
        <translation>the document number</translation>
    </message>
    <message>
        <source>the notice&apos;s date</source>
        <translation>the notice&apos;s date</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>the case number</translation>
    </message>
    <message>
        <source>the date of receipt</source>
        <translation>the date of receipt</translation>
    </message>
    <message>
        <source>the date of acceptance</source>
        <translation>the date of acceptance</translation>
    </message>
    <message>
        <source>the applicant&apos;s name</source>
        <translation>the applicant&apos;s name</translation>
    </message>
    <message>
        <source>the applicant&apos;s address</source>
        <translation>the applicant&apos;s address</translation>
    </message>
    <message>
        <source>the service item</source>
        <translation>the service item</translation>
    </message>
    <message>
        <source>the item&apos;s legal basis</source>
        <translation>the item&apos;s legal basis</translation>
    </message>
    <message>
        <source>the promised time limit</source>
        <translation>the promised time limit</translation>
    </message>
    <message>
        <source>the statutory time limit</source>
        <translation>the statutory time limit</translation>
    </message>
    <message>
        <source>the decision&apos;s due date</source>
        <translation>the decision&apos;s due date</translation>
    </message>
    <message>
        <source>the handler&apos;s name</source>
        <translation>the handler&apos;s name</translation>
    </message>
    <message>
        <source>the reasons</source>
        <translation>the reasons</translation>
    </message>
    <message>
        <source>the legal basis</source>
        <translation>the legal basis</translation>
    </message>
    <message>
        <source>the licence number</source>
        <translation>the licence number</translation>
    </message>
    <message>
        <source>the licence&apos;s expiry date</source>
        <translation>the licence&apos;s expiry date</translation>
    </message>
    <message>
        <source>the list of materials to correct</source>
        <translation>the list of materials to correct</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the name of who approved the decision</source>
        <translation>the name of who approved the decision</translation>
    </message>
</context>
<context>
    <name>OfdDocument</name>
    <message>
        <source>Part of the page nests too deeply and is not drawn.</source>
        <translation>Part of the page nests too deeply and is not drawn.</translation>
    </message>
    <message>
        <source>The OFD file names no document.</source>
        <translation>The OFD file names no document.</translation>
    </message>
    <message>
        <source>The OFD document has no pages.</source>
        <translation>The OFD document has no pages.</translation>
    </message>
    <message>
        <source>The OFD document has no page %1.</source>
        <translation>The OFD document has no page %1.</translation>
    </message>
    <message>
        <source>Page %1 of the OFD document has an impossible size.</source>
        <translation>Page %1 of the OFD document has an impossible size.</translation>
    </message>
    <message>
        <source>A template of this page is missing.</source>
        <translation>A template of this page is missing.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of this page are out of any sensible place or size and are not drawn.</source>
        <translation>
            <numerusform>%n object of this page are out of any sensible place or size and are not drawn.</numerusform>
            <numerusform>%n objects of this page are out of any sensible place or size and are not drawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>An image of this page is missing.</source>
        <translation>An image of this page is missing.</translation>
    </message>
    <message>
        <source>An image of this page is damaged or of an unknown type.</source>
        <translation>An image of this page is damaged or of an unknown type.</translation>
    </message>
    <message>
        <source>A part of the OFD file holds more objects than can be shown.</source>
        <translation>A part of the OFD file holds more objects than can be shown.</translation>
    </message>
    <message>
        <source>A part of the OFD file nests its elements too deeply.</source>
        <translation>A part of the OFD file nests its elements too deeply.</translation>
    </message>
    <message>
        <source>A part of the OFD file is not well-formed XML.</source>
        <translation>A part of the OFD file is not well-formed XML.</translation>
    </message>
    <message>
        <source>SM2 with SM3</source>
        <translation>SM2 with SM3</translation>
    </message>
    <message>
        <source>SM2</source>
        <translation>SM2</translation>
    </message>
    <message>
        <source>RSA with SHA-256</source>
        <translation>RSA with SHA-256</translation>
    </message>
    <message>
        <source>RSA with SHA-1</source>
        <translation>RSA with SHA-1</translation>
    </message>
    <message>
        <source>ECDSA with SHA-256</source>
        <translation>ECDSA with SHA-256</translation>
    </message>
    <message>
        <source>unnamed seal</source>
        <translation>unnamed seal</translation>
    </message>
    <message>
        <source>time not stated</source>
        <translation>time not stated</translation>
    </message>
    <message>
        <source>an algorithm CaseDesk does not know</source>
        <translation>an algorithm CaseDesk does not know</translation>
    </message>
    <message>
        <source>Seal: %1, %2, %3 — not verified: CaseDesk does not check signatures, so this says nothing about whether it is valid.</source>
        <translation>Seal: %1, %2, %3 — not verified: CaseDesk does not check signatures, so this says nothing about whether it is valid.</translation>
    </message>
    <message>
        <source>A JBIG2 image of this page is empty.</source>
        <translation>A JBIG2 image of this page is empty.</translation>
    </message>
    <message>
        <source>A JBIG2 image of this page is damaged.</source>
        <translation>A JBIG2 image of this page is damaged.</translation>
    </message>
    <message>
        <source>A JBIG2 image of this page is larger than CaseDesk decodes (256 MiB).</source>
        <translation>A JBIG2 image of this page is larger than CaseDesk decodes (256 MiB).</translation>
    </message>
    <message>
        <source>A seal of this page is damaged and cannot be shown.</source>
        <translation>A seal of this page is damaged and cannot be shown.</translation>
    </message>
</context>
<context>
    <name>OfdPackage</name>
    <message>
        <source>The OFD file is damaged: it is not a readable zip package.</source>
        <translation>The OFD file is damaged: it is not a readable zip package.</translation>
    </message>
    <message>
        <source>The file is a zip package but not an OFD document (it has no OFD.xml).</source>
        <translation>The file is a zip package but not an OFD document (it has no OFD.xml).</translation>
    </message>
    <message>
        <source>The OFD file names a part it does not contain (%1).</source>
        <translation>The OFD file names a part it does not contain (%1).</translation>
    </message>
    <message>
        <source>A part of the OFD file cannot be read (%1).</source>
        <translation>A part of the OFD file cannot be read (%1).</translation>
    </message>
    <message>
        <source>A part of the OFD file is larger than allowed (%1, %2 MiB).</source>
        <translation>A part of the OFD file is larger than allowed (%1, %2 MiB).</translation>
    </message>
    <message>
        <source>The OFD file looks like a zip bomb: a part grows %1 times when unpacked.</source>
        <translation>The OFD file looks like a zip bomb: a part grows %1 times when unpacked.</translation>
    </message>
    <message>
        <source>The OFD file unpacks to more than %1 MiB.</source>
        <translation>The OFD file unpacks to more than %1 MiB.</translation>
    </message>
    <message>
        <source>A part of the OFD file is damaged or cut off (%1).</source>
        <translation>A part of the OFD file is damaged or cut off (%1).</translation>
    </message>
</context>
<context>
    <name>OfdPainter</name>
    <message>
        <source>The page cannot be drawn at this size.</source>
        <translation>The page cannot be drawn at this size.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The action could not be saved: %1</source>
        <translation>The action could not be saved: %1</translation>
    </message>
    <message>
        <source>The case %1 is not in the local cache.</source>
        <translation>The case %1 is not in the local cache.</translation>
    </message>
    <message>
        <source>There is no held action %1.</source>
        <translation>There is no held action %1.</translation>
    </message>
    <message>
        <source>Say why the action is discarded; the reason is kept.</source>
        <translation>Say why the action is discarded; the reason is kept.</translation>
    </message>
    <message>
        <source>There is no action %1 in the outbox.</source>
        <translation>There is no action %1 in the outbox.</translation>
    </message>
    <message>
        <source>The local cache could not be read: %1</source>
        <translation>The local cache could not be read: %1</translation>
    </message>
</context>
<context>
    <name>PdfSignature</name>
    <message>
        <source>The signing certificate is not a PKCS#12 file.</source>
        <translation>The signing certificate is not a PKCS#12 file.</translation>
    </message>
    <message>
        <source>The signing certificate cannot be opened: wrong password or damaged file.</source>
        <translation>The signing certificate cannot be opened: wrong password or damaged file.</translation>
    </message>
    <message>
        <source>The signing certificate expired on %1.</source>
        <translation>The signing certificate expired on %1.</translation>
    </message>
    <message>
        <source>The notice&apos;s PDF cannot be prepared for signing: %1</source>
        <translation>The notice&apos;s PDF cannot be prepared for signing: %1</translation>
    </message>
    <message>
        <source>The signature&apos;s place was not found in the PDF.</source>
        <translation>The signature&apos;s place was not found in the PDF.</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Signing failed: %1</translation>
    </message>
    <message>
        <source>The signature does not fit the room reserved for it.</source>
        <translation>The signature does not fit the room reserved for it.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF: %1</source>
        <translation>The file is not a readable PDF: %1</translation>
    </message>
    <message>
        <source>The PDF carries no signature.</source>
        <translation>The PDF carries no signature.</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range is malformed.</source>
        <translation>The signature&apos;s byte range is malformed.</translation>
    </message>
    <message>
        <source>The file was changed or extended after it was signed: the signature does not cover all of it.</source>
        <translation>The file was changed or extended after it was signed: the signature does not cover all of it.</translation>
    </message>
    <message>
        <source>The signature is not a CMS signature.</source>
        <translation>The signature is not a CMS signature.</translation>
    </message>
    <message>
        <source>The signature does not match the document: it was altered.</source>
        <translation>The signature does not match the document: it was altered.</translation>
    </message>
</context>
<context>
    <name>PkceSignIn</name>
    <message>
        <source>Cannot wait for the identity portal&apos;s answer: %1</source>
        <translation>Cannot wait for the identity portal&apos;s answer: %1</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to CaseDesk.</source>
        <translation>Signed in. You can close this page and return to CaseDesk.</translation>
    </message>
    <message>
        <source>This sign-in answer was not expected by CaseDesk.</source>
        <translation>This sign-in answer was not expected by CaseDesk.</translation>
    </message>
</context>
<context>
    <name>RestPlatformClient</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was refused: %1</source>
        <translation>The platform&apos;s certificate was refused: %1</translation>
    </message>
    <message>
        <source>Cannot reach the platform at %1: %2</source>
        <translation>Cannot reach the platform at %1: %2</translation>
    </message>
    <message>
        <source>The platform does not allow this for your role.</source>
        <translation>The platform does not allow this for your role.</translation>
    </message>
    <message>
        <source>The platform does not know this record.</source>
        <translation>The platform does not know this record.</translation>
    </message>
    <message>
        <source>The platform no longer knows the last sync position; a full resync is needed.</source>
        <translation>The platform no longer knows the last sync position; a full resync is needed.</translation>
    </message>
    <message>
        <source>The platform is busy; CaseDesk will try again shortly.</source>
        <translation>The platform is busy; CaseDesk will try again shortly.</translation>
    </message>
    <message>
        <source>The platform answered with an error (HTTP %1).</source>
        <translation>The platform answered with an error (HTTP %1).</translation>
    </message>
    <message>
        <source>The case was changed on the platform meanwhile.</source>
        <translation>The case was changed on the platform meanwhile.</translation>
    </message>
    <message>
        <source>Another user has claimed this case.</source>
        <translation>Another user has claimed this case.</translation>
    </message>
    <message>
        <source>The case&apos;s current stage does not allow this.</source>
        <translation>The case&apos;s current stage does not allow this.</translation>
    </message>
    <message>
        <source>The platform refused the request as incomplete or invalid.</source>
        <translation>The platform refused the request as incomplete or invalid.</translation>
    </message>
    <message>
        <source>The platform sent a case that is not JSON.</source>
        <translation>The platform sent a case that is not JSON.</translation>
    </message>
    <message>
        <source>The platform sent another part of the file than asked.</source>
        <translation>The platform sent another part of the file than asked.</translation>
    </message>
    <message>
        <source>The platform sent a calendar that is not JSON.</source>
        <translation>The platform sent a calendar that is not JSON.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was refused: its key is not one of the pinned keys in the settings. Nothing was sent. Ask your administrator.</source>
        <translation>The platform&apos;s certificate was refused: its key is not one of the pinned keys in the settings. Nothing was sent. Ask your administrator.</translation>
    </message>
    <message>
        <source>The identity portal&apos;s sign-in could not be completed; please try again.</source>
        <translation>The identity portal&apos;s sign-in could not be completed; please try again.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer to the audit log is not understood.</source>
        <translation>The platform&apos;s answer to the audit log is not understood.</translation>
    </message>
    <message>
        <source>The platform sent a block of numbers that cannot be used.</source>
        <translation>The platform sent a block of numbers that cannot be used.</translation>
    </message>
    <message>
        <source>The platform sent a signing certificate that cannot be used.</source>
        <translation>The platform sent a signing certificate that cannot be used.</translation>
    </message>
    <message>
        <source>The platform did not say which signing key it registered.</source>
        <translation>The platform did not say which signing key it registered.</translation>
    </message>
    <message>
        <source>The platform did not accept your signature: the case is no longer as you saw it when you signed. Open it again, check it and approve again.</source>
        <translation>The platform did not accept your signature: the case is no longer as you saw it when you signed. Open it again, check it and approve again.</translation>
    </message>
    <message>
        <source>The platform did not accept the approval: it is not signed with a key registered for you.</source>
        <translation>The platform did not accept the approval: it is not signed with a key registered for you.</translation>
    </message>
    <message>
        <source>Cases are assigned only to clerks of their department.</source>
        <translation>Cases are assigned only to clerks of their department.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer is larger than allowed (%1 MiB); none of it was used.</source>
        <translation>The platform&apos;s answer is larger than allowed (%1 MiB); none of it was used.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer was cut off (%1 of %2 bytes arrived); CaseDesk will try again.</source>
        <translation>The platform&apos;s answer was cut off (%1 of %2 bytes arrived); CaseDesk will try again.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be unpacked (broken or far too strongly compressed); none of it was used.</source>
        <translation>The platform&apos;s answer could not be unpacked (broken or far too strongly compressed); none of it was used.</translation>
    </message>
    <message numerus="yes">
        <source>The platform did not finish its answer within %n second(s); CaseDesk stopped waiting and will try again.</source>
        <translation>
            <numerusform>The platform did not finish its answer within %n second; CaseDesk stopped waiting and will try again.</numerusform>
            <numerusform>The platform did not finish its answer within %n seconds; CaseDesk stopped waiting and will try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform refused the application: an ID number does not check.</source>
        <translation>The platform refused the application: an ID number does not check.</translation>
    </message>
    <message>
        <source>The platform refused the application: the unified social credit code does not check.</source>
        <translation>The platform refused the application: the unified social credit code does not check.</translation>
    </message>
    <message>
        <source>The platform refused the application: the time it was received lies in the future or more than 30 days back.</source>
        <translation>The platform refused the application: the time it was received lies in the future or more than 30 days back.</translation>
    </message>
    <message>
        <source>The platform does not know the service item of the application.</source>
        <translation>The platform does not know the service item of the application.</translation>
    </message>
    <message>
        <source>The platform holds another part of the file than was sent; the upload goes on from there.</source>
        <translation>The platform holds another part of the file than was sent; the upload goes on from there.</translation>
    </message>
    <message>
        <source>The platform received the file damaged (its checksum does not match); it is sent again.</source>
        <translation>The platform received the file damaged (its checksum does not match); it is sent again.</translation>
    </message>
    <message>
        <source>The file is larger than the platform accepts.</source>
        <translation>The file is larger than the platform accepts.</translation>
    </message>
    <message>
        <source>The platform does not accept files of this type.</source>
        <translation>The platform does not accept files of this type.</translation>
    </message>
</context>
<context>
    <name>ScannedPdf</name>
    <message>
        <source>There are no pages to save.</source>
        <translation>There are no pages to save.</translation>
    </message>
    <message>
        <source>Page %1 could not be compressed.</source>
        <translation>Page %1 could not be compressed.</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>The scanner is busy (another program or computer is using it). Try again in a moment.</source>
        <translation>The scanner is busy (another program or computer is using it). Try again in a moment.</translation>
    </message>
    <message>
        <source>The paper is jammed in the scanner. Clear it and scan the remaining pages.</source>
        <translation>The paper is jammed in the scanner. Clear it and scan the remaining pages.</translation>
    </message>
    <message>
        <source>There is no paper in the scanner&apos;s feeder.</source>
        <translation>There is no paper in the scanner&apos;s feeder.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it and scan again.</source>
        <translation>The scanner&apos;s cover is open. Close it and scan again.</translation>
    </message>
    <message>
        <source>The scanner stopped answering (unplugged, switched off or off the network).</source>
        <translation>The scanner stopped answering (unplugged, switched off or off the network).</translation>
    </message>
    <message>
        <source>There is not enough memory for this scan. Choose a lower resolution.</source>
        <translation>There is not enough memory for this scan. Choose a lower resolution.</translation>
    </message>
    <message>
        <source>This computer is not allowed to use the scanner (ask the administrator to give the user access).</source>
        <translation>This computer is not allowed to use the scanner (ask the administrator to give the user access).</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>The scan was cancelled.</translation>
    </message>
    <message>
        <source>The scanner does not support these settings.</source>
        <translation>The scanner does not support these settings.</translation>
    </message>
    <message>
        <source>The scanner reported an error.</source>
        <translation>The scanner reported an error.</translation>
    </message>
    <message>
        <source>The scanner library could not start.</source>
        <translation>The scanner library could not start.</translation>
    </message>
    <message>
        <source>A page at this resolution is too large. Choose a lower resolution.</source>
        <translation>A page at this resolution is too large. Choose a lower resolution.</translation>
    </message>
    <message>
        <source>The scanner sent a page CaseDesk cannot read.</source>
        <translation>The scanner sent a page CaseDesk cannot read.</translation>
    </message>
    <message>
        <source>The chosen scanner is not connected (unplugged, switched off or off the network). Connect it, or choose another one.</source>
        <translation>The chosen scanner is not connected (unplugged, switched off or off the network). Connect it, or choose another one.</translation>
    </message>
</context>
<context>
    <name>SealRecord</name>
    <message>
        <source>The seal key is not an SM2 key.</source>
        <translation>The seal key is not an SM2 key.</translation>
    </message>
    <message>
        <source>The SM2 seal could not be made.</source>
        <translation>The SM2 seal could not be made.</translation>
    </message>
    <message>
        <source>This is not a CaseDesk seal record.</source>
        <translation>This is not a CaseDesk seal record.</translation>
    </message>
    <message>
        <source>The document&apos;s SM3 digest differs from the sealed one: the document was altered.</source>
        <translation>The document&apos;s SM3 digest differs from the sealed one: the document was altered.</translation>
    </message>
    <message>
        <source>The seal record&apos;s public key is not an SM2 key.</source>
        <translation>The seal record&apos;s public key is not an SM2 key.</translation>
    </message>
    <message>
        <source>The SM2 signature of the seal record does not verify.</source>
        <translation>The SM2 signature of the seal record does not verify.</translation>
    </message>
</context>
<context>
    <name>Sm2</name>
    <message>
        <source>This OpenSSL cannot make SM2 keys.</source>
        <translation>This OpenSSL cannot make SM2 keys.</translation>
    </message>
    <message>
        <source>The key is not an SM2 private key.</source>
        <translation>The key is not an SM2 private key.</translation>
    </message>
    <message>
        <source>The SM2 signature could not be made.</source>
        <translation>The SM2 signature could not be made.</translation>
    </message>
</context>
<context>
    <name>StageDeadline</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1; pre-review opinion within %2, the day of receipt not counted: by %3.</source>
        <translation>Received %1; pre-review opinion within %2, the day of receipt not counted: by %3.</translation>
    </message>
    <message>
        <source>Corrected materials received %1; the acceptance period starts again.</source>
        <translation>Corrected materials received %1; the acceptance period starts again.</translation>
    </message>
    <message>
        <source>Accept, refuse or ask for correction once within %1 of %2: by %3; after that the application counts as accepted from receipt.</source>
        <translation>Accept, refuse or ask for correction once within %1 of %2: by %3; after that the application counts as accepted from receipt.</translation>
    </message>
    <message>
        <source>Accepted %1; statutory limit %2.</source>
        <translation>Accepted %1; statutory limit %2.</translation>
    </message>
    <message>
        <source>Extension of %1 days asked; the law allows at most %2.</source>
        <translation>Extension of %1 days asked; the law allows at most %2.</translation>
    </message>
    <message>
        <source>Extended by %1 with the agency head&apos;s approval.</source>
        <translation>Extended by %1 with the agency head&apos;s approval.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3: not counted.</source>
        <translation>%1 from %2 to %3: not counted.</translation>
    </message>
    <message>
        <source>%1 since %2: the clock stands until it ends.</source>
        <translation>%1 since %2: the clock stands until it ends.</translation>
    </message>
    <message>
        <source>Promised limit %1: by %2.</source>
        <translation>Promised limit %1: by %2.</translation>
    </message>
    <message>
        <source>Statutory deadline: %1.</source>
        <translation>Statutory deadline: %1.</translation>
    </message>
    <message>
        <source>A special procedure is running; the case&apos;s own clock stands.</source>
        <translation>A special procedure is running; the case&apos;s own clock stands.</translation>
    </message>
    <message>
        <source>%1 since %2, without a limit of its own.</source>
        <translation>%1 since %2, without a limit of its own.</translation>
    </message>
    <message>
        <source>%1 since %2 within %3: by %4.</source>
        <translation>%1 since %2 within %3: by %4.</translation>
    </message>
    <message>
        <source>Decided %1; deliver the decision within %2: by %3.</source>
        <translation>Decided %1; deliver the decision within %2: by %3.</translation>
    </message>
    <message>
        <source>Waiting for the applicant&apos;s corrected materials; no department clock runs.</source>
        <translation>Waiting for the applicant&apos;s corrected materials; no department clock runs.</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Clock stopped</translation>
    </message>
    <message>
        <source>With applicant</source>
        <translation>With applicant</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n working day(s)</source>
        <translation>
            <numerusform>Overdue %n working day</numerusform>
            <numerusform>Overdue %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suspension</name>
    <message>
        <source>Site inspection</source>
        <translation>Site inspection</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testing</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>Tender or auction</source>
        <translation>Tender or auction</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sync engine is not ready.</source>
        <translation>The sync engine is not ready.</translation>
    </message>
    <message>
        <source>The case is no longer in the local cache.</source>
        <translation>The case is no longer in the local cache.</translation>
    </message>
    <message>
        <source>Materials cannot be kept offline without a keychain for their key.</source>
        <translation>Materials cannot be kept offline without a keychain for their key.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>The reused document&apos;s file cannot be fetched now.</source>
        <translation>The reused document&apos;s file cannot be fetched now.</translation>
    </message>
    <message>
        <source>The local cache could not be written.</source>
        <translation>The local cache could not be written.</translation>
    </message>
    <message>
        <source>The platform did not register your signing key: %1</source>
        <translation>The platform did not register your signing key: %1</translation>
    </message>
    <message>
        <source>The platform&apos;s change feed did not move on (it sent the same position again); the sync stopped. Tell your administrator.</source>
        <translation>The platform&apos;s change feed did not move on (it sent the same position again); the sync stopped. Tell your administrator.</translation>
    </message>
    <message>
        <source>The platform kept sending changes for longer than a sync round may last; the sync goes on at the next round.</source>
        <translation>The platform kept sending changes for longer than a sync round may last; the sync goes on at the next round.</translation>
    </message>
    <message>
        <source>The platform sent a file that is neither a PDF, an OFD document nor an image.</source>
        <translation>The platform sent a file that is neither a PDF, an OFD document nor an image.</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>The department CA bundle %1 cannot be read or holds no PEM certificate; only the system&apos;s certificate authorities are trusted.</source>
        <translation>The department CA bundle %1 cannot be read or holds no PEM certificate; only the system&apos;s certificate authorities are trusted.</translation>
    </message>
</context>
<context>
    <name>UploadPush</name>
    <message>
        <source>The file is no longer on this computer: %1</source>
        <translation>The file is no longer on this computer: %1</translation>
    </message>
    <message>
        <source>The file on this computer is not the one that was taken.</source>
        <translation>The file on this computer is not the one that was taken.</translation>
    </message>
    <message>
        <source>The platform took a part of the file but did not count it.</source>
        <translation>The platform took a part of the file but did not count it.</translation>
    </message>
    <message>
        <source>The platform completed the upload but does not list the file among the case&apos;s materials.</source>
        <translation>The platform completed the upload but does not list the file among the case&apos;s materials.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The file could not be encrypted.</source>
        <translation>The file could not be encrypted.</translation>
    </message>
    <message>
        <source>The stored file is missing; it will be downloaded again.</source>
        <translation>The stored file is missing; it will be downloaded again.</translation>
    </message>
    <message>
        <source>The stored file was altered or the key is wrong; it is not shown.</source>
        <translation>The stored file was altered or the key is wrong; it is not shown.</translation>
    </message>
    <message>
        <source>The file could not be stored: %1</source>
        <translation>The file could not be stored: %1</translation>
    </message>
    <message>
        <source>The file could not be indexed: %1</source>
        <translation>The file could not be indexed: %1</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The calendar names no valid year.</source>
        <translation>The calendar names no valid year.</translation>
    </message>
    <message>
        <source>A holiday of %1 has an invalid date range.</source>
        <translation>A holiday of %1 has an invalid date range.</translation>
    </message>
    <message>
        <source>A make-up working day of %1 is invalid.</source>
        <translation>A make-up working day of %1 is invalid.</translation>
    </message>
    <message>
        <source>%1 is both a holiday and a make-up working day.</source>
        <translation>%1 is both a holiday and a make-up working day.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Materials to correct (all at once)</source>
        <translation>Materials to correct (all at once)</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Pre-review opinion</source>
        <translation>Pre-review opinion</translation>
    </message>
    <message>
        <source>Ends the 2-working-day pre-review clock; passing starts the acceptance decision.</source>
        <translation>Ends the 2-working-day pre-review clock; passing starts the acceptance decision.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Starts the decision limits (statutory and promised) from today.</source>
        <translation>Starts the decision limits (statutory and promised) from today.</translation>
    </message>
    <message>
        <source>Request correction</source>
        <translation>Request correction</translation>
    </message>
    <message>
        <source>Stops the department&apos;s clock until the applicant resubmits; the acceptance period then starts again.</source>
        <translation>Stops the department&apos;s clock until the applicant resubmits; the acceptance period then starts again.</translation>
    </message>
    <message>
        <source>Refuse acceptance</source>
        <translation>Refuse acceptance</translation>
    </message>
    <message>
        <source>Closes the case; the notice must state the remedies (reconsideration within 60 days, litigation within 6 months).</source>
        <translation>Closes the case; the notice must state the remedies (reconsideration within 60 days, litigation within 6 months).</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <source>Review opinion and proposal</source>
        <translation>Review opinion and proposal</translation>
    </message>
    <message>
        <source>The decision limit keeps running while the chief decides.</source>
        <translation>The decision limit keeps running while the chief decides.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Makes the decision; delivery is due within 10 working days.</source>
        <translation>Makes the decision; delivery is due within 10 working days.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Return for review</source>
        <translation>Return for review</translation>
    </message>
    <message>
        <source>The decision limit keeps running.</source>
        <translation>The decision limit keeps running.</translation>
    </message>
    <message>
        <source>Extension (working days)</source>
        <translation>Extension (working days)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Request an extension</source>
        <translation>Request an extension</translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation>Approve the extension</translation>
    </message>
    <message>
        <source>Moves the statutory limit by the requested days; the applicant must be told.</source>
        <translation>Moves the statutory limit by the requested days; the applicant must be told.</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Special procedure</translation>
    </message>
    <message>
        <source>Its own limit (working days)</source>
        <translation>Its own limit (working days)</translation>
    </message>
    <message>
        <source>Start a special procedure</source>
        <translation>Start a special procedure</translation>
    </message>
    <message>
        <source>Stops the case&apos;s clock; the procedure runs its own limit.</source>
        <translation>Stops the case&apos;s clock; the procedure runs its own limit.</translation>
    </message>
    <message>
        <source>End the special procedure</source>
        <translation>End the special procedure</translation>
    </message>
    <message>
        <source>The case&apos;s clock runs again from the next working day.</source>
        <translation>The case&apos;s clock runs again from the next working day.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Closes the case (办结).</source>
        <translation>Closes the case (办结).</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Delivery method</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <source>Records delivery (送达) of the decision.</source>
        <translation>Records delivery (送达) of the decision.</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>There is no action %1.</translation>
    </message>
    <message>
        <source>Your role may not take this action.</source>
        <translation>Your role may not take this action.</translation>
    </message>
    <message>
        <source>This action is not possible while the case is %1.</source>
        <translation>This action is not possible while the case is %1.</translation>
    </message>
    <message>
        <source>The case is claimed by %1.</source>
        <translation>The case is claimed by %1.</translation>
    </message>
    <message>
        <source>List every missing or defective material, all at once.</source>
        <translation>List every missing or defective material, all at once.</translation>
    </message>
    <message>
        <source>Each material to correct needs its reason.</source>
        <translation>Each material to correct needs its reason.</translation>
    </message>
    <message>
        <source>A refusal must give its reasons.</source>
        <translation>A refusal must give its reasons.</translation>
    </message>
    <message>
        <source>A refusal must cite its legal basis.</source>
        <translation>A refusal must cite its legal basis.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Choose one of: %1.</translation>
    </message>
    <message>
        <source>Write the pre-review opinion.</source>
        <translation>Write the pre-review opinion.</translation>
    </message>
    <message>
        <source>Write the review opinion.</source>
        <translation>Write the review opinion.</translation>
    </message>
    <message>
        <source>Say why the case goes back.</source>
        <translation>Say why the case goes back.</translation>
    </message>
    <message>
        <source>An extension is 1 to %1 working days (10 in all).</source>
        <translation>An extension is 1 to %1 working days (10 in all).</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>Give the reason for the extension.</translation>
    </message>
    <message>
        <source>Give the reason for the special procedure.</source>
        <translation>Give the reason for the special procedure.</translation>
    </message>
    <message>
        <source>Cite the legal basis of the special procedure.</source>
        <translation>Cite the legal basis of the special procedure.</translation>
    </message>
    <message>
        <source>The procedure&apos;s limit is 1 to 365 working days.</source>
        <translation>The procedure&apos;s limit is 1 to 365 working days.</translation>
    </message>
    <message>
        <source>Submitted online</source>
        <translation>Submitted online</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>Notice issued</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Window clerk</source>
        <translation>Window clerk</translation>
    </message>
    <message>
        <source>Section chief</source>
        <translation>Section chief</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Corrected materials received</source>
        <translation>Corrected materials received</translation>
    </message>
    <message>
        <source>Agency head</source>
        <translation>Agency head</translation>
    </message>
    <message>
        <source>Nothing changes until the agency head approves; at most 10 working days in all.</source>
        <translation>Nothing changes until the agency head approves; at most 10 working days in all.</translation>
    </message>
    <message>
        <source>No extension has been requested.</source>
        <translation>No extension has been requested.</translation>
    </message>
    <message>
        <source>An extension was requested already and waits for the agency head.</source>
        <translation>An extension was requested already and waits for the agency head.</translation>
    </message>
    <message>
        <source>The limit was extended by 10 working days already.</source>
        <translation>The limit was extended by 10 working days already.</translation>
    </message>
    <message>
        <source>Opinion on the extension</source>
        <translation>Opinion on the extension</translation>
    </message>
    <message>
        <source>Your opinion goes to the agency head with the request; the head decides.</source>
        <translation>Your opinion goes to the agency head with the request; the head decides.</translation>
    </message>
    <message>
        <source>The request carries your recommendation already.</source>
        <translation>The request carries your recommendation already.</translation>
    </message>
    <message>
        <source>Write your opinion for the agency head.</source>
        <translation>Write your opinion for the agency head.</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Why you change the proposal</source>
        <translation>Why you change the proposal</translation>
    </message>
    <message>
        <source>Change the proposal</source>
        <translation>Change the proposal</translation>
    </message>
    <message>
        <source>The case stays with you for approval; the clerk&apos;s proposal stays in the history.</source>
        <translation>The case stays with you for approval; the clerk&apos;s proposal stays in the history.</translation>
    </message>
    <message>
        <source>Say why you change the proposal.</source>
        <translation>Say why you change the proposal.</translation>
    </message>
    <message>
        <source>Why it is not ours</source>
        <translation>Why it is not ours</translation>
    </message>
    <message>
        <source>Transfer to the dispatcher</source>
        <translation>Transfer to the dispatcher</translation>
    </message>
    <message>
        <source>The platform&apos;s dispatcher routes it to the right department; it leaves this department&apos;s list after the sync.</source>
        <translation>The platform&apos;s dispatcher routes it to the right department; it leaves this department&apos;s list after the sync.</translation>
    </message>
    <message>
        <source>Say why the case is not the department&apos;s.</source>
        <translation>Say why the case is not the department&apos;s.</translation>
    </message>
    <message>
        <source>The section chief&apos;s step is signed; the case waits for the %1.</source>
        <translation>The section chief&apos;s step is signed; the case waits for the %1.</translation>
    </message>
    <message>
        <source>This step of the approval chain is the %1&apos;s (step %2 of %3).</source>
        <translation>This step of the approval chain is the %1&apos;s (step %2 of %3).</translation>
    </message>
    <message>
        <source>Section chief&apos;s review</source>
        <translation>Section chief&apos;s review</translation>
    </message>
    <message>
        <source>Agency head&apos;s signature</source>
        <translation>Agency head&apos;s signature</translation>
    </message>
    <message>
        <source>%1 ✓ %2 %3</source>
        <translation>%1 ✓ %2 %3</translation>
    </message>
    <message>
        <source>%1 (holds the case now)</source>
        <translation>%1 (holds the case now)</translation>
    </message>
    <message>
        <source>%1 (to come)</source>
        <translation>%1 (to come)</translation>
    </message>
    <message>
        <source>Signs this step; the case goes on to the %1, whose approval makes the decision.</source>
        <translation>Signs this step; the case goes on to the %1, whose approval makes the decision.</translation>
    </message>
    <message>
        <source>Received at the counter</source>
        <translation>Received at the counter</translation>
    </message>
    <message>
        <source>Material uploaded</source>
        <translation>Material uploaded</translation>
    </message>
</context>
<context>
    <name>casedesk-cli</name>
    <message>
        <source>login needs --server with an http or https URL.</source>
        <translation>login needs --server with an http or https URL.</translation>
    </message>
    <message>
        <source>login needs --user.</source>
        <translation>login needs --user.</translation>
    </message>
    <message>
        <source>login reads the password from standard input: pass --password-stdin.</source>
        <translation>login reads the password from standard input: pass --password-stdin.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>Signed in, but the session cannot be remembered: %1</source>
        <translation>Signed in, but the session cannot be remembered: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), %3; roles: %4</source>
        <translation>Signed in as %1 (%2), %3; roles: %4</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>Not signed in: run casedesk-cli login first.</source>
        <translation>Not signed in: run casedesk-cli login first.</translation>
    </message>
    <message>
        <source>Synced %1 changes; %2 cases in the local cache.</source>
        <translation>Synced %1 changes; %2 cases in the local cache.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit needs a positive number.</translation>
    </message>
    <message>
        <source>login: the platform&apos;s base URL.</source>
        <translation>login: the platform&apos;s base URL.</translation>
    </message>
    <message>
        <source>login: the user name.</source>
        <translation>login: the user name.</translation>
    </message>
    <message>
        <source>login: read the password from standard input.</source>
        <translation>login: read the password from standard input.</translation>
    </message>
    <message>
        <source>cases: print at most this many cases.</source>
        <translation>cases: print at most this many cases.</translation>
    </message>
    <message>
        <source>Give exactly one command.</source>
        <translation>Give exactly one command.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>deadline needs --start YYYY-MM-DD.</source>
        <translation>deadline needs --start YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>deadline needs either --working-days N or --days N.</source>
        <translation>deadline needs either --working-days N or --days N.</translation>
    </message>
    <message>
        <source>The number of days must be 0 to 3650.</source>
        <translation>The number of days must be 0 to 3650.</translation>
    </message>
    <message>
        <source>Warning: no official holiday schedule for %1; only weekends and fixed-date holidays were counted.</source>
        <translation>Warning: no official holiday schedule for %1; only weekends and fixed-date holidays were counted.</translation>
    </message>
    <message>
        <source>calendar needs a year, for example 2026.</source>
        <translation>calendar needs a year, for example 2026.</translation>
    </message>
    <message>
        <source>Warning: no official holiday schedule for %1; only weekends and fixed-date holidays are known.</source>
        <translation>Warning: no official holiday schedule for %1; only weekends and fixed-date holidays are known.</translation>
    </message>
    <message>
        <source>deadline: the day the period starts (not counted).</source>
        <translation>deadline: the day the period starts (not counted).</translation>
    </message>
    <message>
        <source>deadline: the period in working days.</source>
        <translation>deadline: the period in working days.</translation>
    </message>
    <message>
        <source>deadline: the period in natural days.</source>
        <translation>deadline: the period in natural days.</translation>
    </message>
    <message>
        <source>casedesk-cli act CASE VERB [--field value ...]
Takes a workflow action on a cached case. It is checked against the rules at once and sent to the platform by the next sync, online or not.

Verbs:
</source>
        <translation>casedesk-cli act CASE VERB [--field value ...]
Takes a workflow action on a cached case. It is checked against the rules at once and sent to the platform by the next sync, online or not.

Verbs:
</translation>
    </message>
    <message>
        <source> (repeat for each material)</source>
        <translation> (repeat for each material)</translation>
    </message>
    <message>
        <source>act needs a case and a verb; see casedesk-cli act --help.</source>
        <translation>act needs a case and a verb; see casedesk-cli act --help.</translation>
    </message>
    <message>
        <source>Unknown verb %1; see casedesk-cli act --help.</source>
        <translation>Unknown verb %1; see casedesk-cli act --help.</translation>
    </message>
    <message>
        <source>--%1 needs a number of days.</source>
        <translation>--%1 needs a number of days.</translation>
    </message>
    <message>
        <source>Queued as #%1: %2 on %3. The next sync sends it.</source>
        <translation>Queued as #%1: %2 on %3. The next sync sends it.</translation>
    </message>
    <message>
        <source>%1 waiting, %2 held.</source>
        <translation>%1 waiting, %2 held.</translation>
    </message>
    <message>
        <source>The action goes out again on the platform&apos;s current version at the next sync.</source>
        <translation>The action goes out again on the platform&apos;s current version at the next sync.</translation>
    </message>
    <message>
        <source>Discarded; the action and the reason are kept in the cache.</source>
        <translation>Discarded; the action and the reason are kept in the cache.</translation>
    </message>
    <message>
        <source>platform: %1, version %2</source>
        <translation>platform: %1, version %2</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 held (see casedesk-cli conflicts).</source>
        <translation>Outbox: %1 waiting, %2 held (see casedesk-cli conflicts).</translation>
    </message>
    <message>
        <source>conflicts: send a held action again.</source>
        <translation>conflicts: send a held action again.</translation>
    </message>
    <message>
        <source>conflicts: drop a held action.</source>
        <translation>conflicts: drop a held action.</translation>
    </message>
    <message>
        <source>login, logout, sync, cases, deadline, calendar, act, outbox, conflicts or prefetch</source>
        <translation>login, logout, sync, cases, deadline, calendar, act, outbox, conflicts or prefetch</translation>
    </message>
    <message>
        <source>prefetch needs one or more case ids.</source>
        <translation>prefetch needs one or more case ids.</translation>
    </message>
    <message>
        <source>%1: not in the local cache; run sync first.</source>
        <translation>%1: not in the local cache; run sync first.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>empty file — ask the applicant again</source>
        <translation>empty file — ask the applicant again</translation>
    </message>
    <message>
        <source>unknown file type (%1 bytes)</source>
        <translation>unknown file type (%1 bytes)</translation>
    </message>
    <message>
        <source>(named as %1)</source>
        <translation>(named as %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entry %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(s).</source>
        <translation>
            <numerusform>The audit log is intact: %n entry.</numerusform>
            <numerusform>The audit log is intact: %n entrys.</numerusform>
        </translation>
    </message>
    <message>
        <source>act: %1</source>
        <translation>act: %1</translation>
    </message>
    <message>
        <source>ID numbers, phones and addresses are not kept offline: %1</source>
        <translation>ID numbers, phones and addresses are not kept offline: %1</translation>
    </message>
    <message>
        <source>On the platform: up to entry %1.</source>
        <translation>On the platform: up to entry %1.</translation>
    </message>
    <message>
        <source>The platform refused the latest entries: %1</source>
        <translation>The platform refused the latest entries: %1</translation>
    </message>
    <message>
        <source>Not removed: %1. Sync first, or add --force to lose them.</source>
        <translation>Not removed: %1. Sync first, or add --force to lose them.</translation>
    </message>
    <message>
        <source>The platform was not told: %1</source>
        <translation>The platform was not told: %1</translation>
    </message>
    <message>
        <source>Signed out; the cases, materials and keys of this profile are removed from this computer.</source>
        <translation>Signed out; the cases, materials and keys of this profile are removed from this computer.</translation>
    </message>
    <message>
        <source>logout: also remove the cached cases, materials and keys.</source>
        <translation>logout: also remove the cached cases, materials and keys.</translation>
    </message>
    <message>
        <source>logout --wipe: even with actions or audit entries not yet sent.</source>
        <translation>logout --wipe: even with actions or audit entries not yet sent.</translation>
    </message>
    <message>
        <source>notice: the PDF to write.</source>
        <translation>notice: the PDF to write.</translation>
    </message>
    <message>
        <source>notice: write an unnumbered, unsigned preview.</source>
        <translation>notice: write an unnumbered, unsigned preview.</translation>
    </message>
    <message>
        <source>notice: the date of issue (default today).</source>
        <translation>notice: the date of issue (default today).</translation>
    </message>
    <message>
        <source>notice: the handler printed (default the signed-in user).</source>
        <translation>notice: the handler printed (default the signed-in user).</translation>
    </message>
    <message>
        <source>notice --kind grant: the licence&apos;s number.</source>
        <translation>notice --kind grant: the licence&apos;s number.</translation>
    </message>
    <message>
        <source>notice --kind grant: the licence&apos;s expiry.</source>
        <translation>notice --kind grant: the licence&apos;s expiry.</translation>
    </message>
    <message>
        <source>verify-notice: the SM2 seal record (default FILE.pdf.seal.json).</source>
        <translation>verify-notice: the SM2 seal record (default FILE.pdf.seal.json).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Reserving 文号 failed: %1</source>
        <translation>Reserving 文号 failed: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>signing-cert import reads the password from standard input: pass --password-stdin.</source>
        <translation>signing-cert import reads the password from standard input: pass --password-stdin.</translation>
    </message>
    <message>
        <source>signing-cert fetch, or signing-cert import FILE.p12 --password-stdin.</source>
        <translation>signing-cert fetch, or signing-cert import FILE.p12 --password-stdin.</translation>
    </message>
    <message>
        <source>Signing certificate of %1, valid until %2, kept in %3; its password is in the keychain.</source>
        <translation>Signing certificate of %1, valid until %2, kept in %3; its password is in the keychain.</translation>
    </message>
    <message>
        <source>notice CASE --kind KIND --out FILE.pdf; kinds: %1</source>
        <translation>notice CASE --kind KIND --out FILE.pdf; kinds: %1</translation>
    </message>
    <message>
        <source>--date needs a date as yyyy-mm-dd.</source>
        <translation>--date needs a date as yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>Draft written to %1 (not numbered, not signed).</source>
        <translation>Draft written to %1 (not numbered, not signed).</translation>
    </message>
    <message>
        <source>%1 issued: %2 pages signed by %3, kept in the vault; it goes to the platform with the next sync.</source>
        <translation>%1 issued: %2 pages signed by %3, kept in the vault; it goes to the platform with the next sync.</translation>
    </message>
    <message>
        <source>Written to %1 with its SM2 seal record %2.</source>
        <translation>Written to %1 with its SM2 seal record %2.</translation>
    </message>
    <message>
        <source>verify-notice FILE.pdf [--seal-record FILE]</source>
        <translation>verify-notice FILE.pdf [--seal-record FILE]</translation>
    </message>
    <message>
        <source>PDF signature:</source>
        <translation>PDF signature:</translation>
    </message>
    <message>
        <source>signed by %1 at %2</source>
        <translation>signed by %1 at %2</translation>
    </message>
    <message>
        <source>intact: the signature matches the document</source>
        <translation>intact: the signature matches the document</translation>
    </message>
    <message>
        <source>NOT intact</source>
        <translation>NOT intact</translation>
    </message>
    <message>
        <source>covers the whole file</source>
        <translation>covers the whole file</translation>
    </message>
    <message>
        <source>does NOT cover the whole file</source>
        <translation>does NOT cover the whole file</translation>
    </message>
    <message>
        <source>no trusted CA configured (notice/trustedCa)</source>
        <translation>no trusted CA configured (notice/trustedCa)</translation>
    </message>
    <message>
        <source>the certificate chains to the trusted CA</source>
        <translation>the certificate chains to the trusted CA</translation>
    </message>
    <message>
        <source>the certificate does NOT chain to the trusted CA</source>
        <translation>the certificate does NOT chain to the trusted CA</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <source>SM2 seal record (%1):</source>
        <translation>SM2 seal record (%1):</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>%1, case %2, %3, issued %4 by %5</source>
        <translation>%1, case %2, %3, issued %4 by %5</translation>
    </message>
    <message>
        <source>SM3 digest matches the file</source>
        <translation>SM3 digest matches the file</translation>
    </message>
    <message>
        <source>SM3 digest does NOT match the file</source>
        <translation>SM3 digest does NOT match the file</translation>
    </message>
    <message>
        <source>SM2 signature valid (key %1)</source>
        <translation>SM2 signature valid (key %1)</translation>
    </message>
    <message>
        <source>SM2 signature NOT valid</source>
        <translation>SM2 signature NOT valid</translation>
    </message>
    <message>
        <source>The notice is authentic and unaltered.</source>
        <translation>The notice is authentic and unaltered.</translation>
    </message>
    <message>
        <source>The notice does NOT verify.</source>
        <translation>The notice does NOT verify.</translation>
    </message>
    <message>
        <source>casedesk-cli --help lists the commands and options.</source>
        <translation>casedesk-cli --help lists the commands and options.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Case No.	Service item	Applicant	Status	Received	Working days left</source>
        <translation>Case No.	Service item	Applicant	Status	Received	Working days left</translation>
    </message>
    <message>
        <source>Case No.	Status	Due	Overdue	Service item	Claimed by</source>
        <translation>Case No.	Status	Due	Overdue	Service item	Claimed by</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>(not claimed)</source>
        <translation>(not claimed)</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>grant</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>deny</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Returned with</source>
        <translation>Returned with</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Extension requested</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Chief&apos;s opinion</source>
        <translation>Chief&apos;s opinion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>You may</source>
        <translation>You may</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1 (not yet sent)</source>
        <translation>%1 (not yet sent)</translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation>%1, key %2</translation>
    </message>
    <message>
        <source>assign needs one or more cases, --to USER and --reason TEXT.</source>
        <translation>assign needs one or more cases, --to USER and --reason TEXT.</translation>
    </message>
    <message>
        <source>%1: not assigned: %2</source>
        <translation>%1: not assigned: %2</translation>
    </message>
    <message>
        <source>%1: assigned, but not yet in the local cache: %2</source>
        <translation>%1: assigned, but not yet in the local cache: %2</translation>
    </message>
    <message>
        <source>%1: assigned to %2.</source>
        <translation>%1: assigned to %2.</translation>
    </message>
    <message>
        <source>cases, overdue, workload, case, staff: print JSON.</source>
        <translation>cases, overdue, workload, case, staff: print JSON.</translation>
    </message>
    <message>
        <source>approve: return the case for review instead (needs --comment).</source>
        <translation>approve: return the case for review instead (needs --comment).</translation>
    </message>
    <message>
        <source>assign: the clerk&apos;s user name.</source>
        <translation>assign: the clerk&apos;s user name.</translation>
    </message>
    <message>
        <source>conflicts --discard: why (kept); act: the reason field; assign: why.</source>
        <translation>conflicts --discard: why (kept); act: the reason field; assign: why.</translation>
    </message>
    <message>
        <source>Avg. working days open</source>
        <translation>Avg. working days open</translation>
    </message>
    <message>
        <source>the approval chain&apos;s next step: %1</source>
        <translation>the approval chain&apos;s next step: %1</translation>
    </message>
    <message>
        <source>Approval chain</source>
        <translation>Approval chain</translation>
    </message>
    <message>
        <source>Also write the log&apos;s lines, debug ones included, to standard error.</source>
        <translation>Also write the log&apos;s lines, debug ones included, to standard error.</translation>
    </message>
    <message>
        <source>Print the versions of CaseDesk, Qt and OpenSSL and the profile, log and data folders.</source>
        <translation>Print the versions of CaseDesk, Qt and OpenSSL and the profile, log and data folders.</translation>
    </message>
    <message>
        <source>not in the cache</source>
        <translation>not in the cache</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>not on the platform</source>
        <translation>not on the platform</translation>
    </message>
    <message>
        <source>cache: %1; platform: %2</source>
        <translation>cache: %1; platform: %2</translation>
    </message>
    <message numerus="yes">
        <source>set aside: %1 %2 since %3, %n attempts: %4</source>
        <translation>
            <numerusform>set aside: %1 %2 since %3, %n attempts: %4</numerusform>
            <numerusform>set aside: %1 %2 since %3, %n attempts: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records from the platform could not be read and are set aside (see casedesk-cli verify-cache).</source>
        <translation>
            <numerusform>%n records from the platform could not be read and are set aside (see casedesk-cli verify-cache).</numerusform>
            <numerusform>%n records from the platform could not be read and are set aside (see casedesk-cli verify-cache).</numerusform>
        </translation>
    </message>
    <message>
        <source>verify-cache: fetch again the cases that differ.</source>
        <translation>verify-cache: fetch again the cases that differ.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 is not a JSON object.</translation>
    </message>
    <message>
        <source>intake: the applicant as JSON (kind, name, idNumber, phone, address, legalRepresentative).</source>
        <translation>intake: the applicant as JSON (kind, name, idNumber, phone, address, legalRepresentative).</translation>
    </message>
    <message>
        <source>intake: the agent as JSON (name, idNumber, phone).</source>
        <translation>intake: the agent as JSON (name, idNumber, phone).</translation>
    </message>
    <message>
        <source>intake: a material handed in (repeat for each); scanned from --scan unless attached.</source>
        <translation>intake: a material handed in (repeat for each); scanned from --scan unless attached.</translation>
    </message>
    <message>
        <source>intake: a material handed in as the original (else a copy).</source>
        <translation>intake: a material handed in as the original (else a copy).</translation>
    </message>
    <message>
        <source>intake: a material&apos;s file from disk.</source>
        <translation>intake: a material&apos;s file from disk.</translation>
    </message>
    <message>
        <source>intake: the SANE device to scan materials with.</source>
        <translation>intake: the SANE device to scan materials with.</translation>
    </message>
    <message>
        <source>intake: the clerk&apos;s remarks.</source>
        <translation>intake: the clerk&apos;s remarks.</translation>
    </message>
    <message>
        <source>intake: the receipt PDF to write.</source>
        <translation>intake: the receipt PDF to write.</translation>
    </message>
    <message>
        <source>intake: print the receipt of an earlier intake again.</source>
        <translation>intake: print the receipt of an earlier intake again.</translation>
    </message>
    <message>
        <source>intake --item CODE --applicant-json FILE [--agent-json FILE] [--material NAME]... [--original NAME]... [--attach NAME=FILE]... [--scan DEVICE] [--remarks TEXT] --receipt FILE.pdf
intake --reprint CASE --receipt FILE.pdf</source>
        <translation>intake --item CODE --applicant-json FILE [--agent-json FILE] [--material NAME]... [--original NAME]... [--attach NAME=FILE]... [--scan DEVICE] [--remarks TEXT] --receipt FILE.pdf
intake --reprint CASE --receipt FILE.pdf</translation>
    </message>
    <message>
        <source>No intake of this computer has that number.</source>
        <translation>No intake of this computer has that number.</translation>
    </message>
    <message>
        <source>Receipt of %1 written to %2.</source>
        <translation>Receipt of %1 written to %2.</translation>
    </message>
    <message>
        <source>--attach needs NAME=FILE.</source>
        <translation>--attach needs NAME=FILE.</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB.</source>
        <translation>%1: the file is larger than %2 MB.</translation>
    </message>
    <message>
        <source>%1 is damaged: its pages cannot be read.</source>
        <translation>%1 is damaged: its pages cannot be read.</translation>
    </message>
    <message>
        <source>Scanning %1 failed: %2</source>
        <translation>Scanning %1 failed: %2</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %1 stopped after %n pages: %2</source>
        <translation>
            <numerusform>Scanning %1 stopped after %n pages: %2</numerusform>
            <numerusform>Scanning %1 stopped after %n pages: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %1: %2 for %3, %n material(s); it is sent to the platform at the next sync.</source>
        <translation>
            <numerusform>Registered %1: %2 for %3, %n material; it is sent to the platform at the next sync.</numerusform>
            <numerusform>Registered %1: %2 for %3, %n materials; it is sent to the platform at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt written to %1.</source>
        <translation>Receipt written to %1.</translation>
    </message>
    <message>
        <source>%1 waiting, %2 refused.</source>
        <translation>%1 waiting, %2 refused.</translation>
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
        <translation>CaseDesk on the command line. Commands:
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
The profile folder is CASEDESK_HOME when set.</translation>
    </message>
</context>
<context>
    <name>casedesk::AboutDialog</name>
    <message>
        <source>About CaseDesk</source>
        <translation>About CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk icon</source>
        <translation>CaseDesk icon</translation>
    </message>
    <message>
        <source>CaseDesk %1</source>
        <translation>CaseDesk %1</translation>
    </message>
    <message>
        <source>Case processing for the one-stop government service platform: claim, review, accept, decide and notify.</source>
        <translation>Case processing for the one-stop government service platform: claim, review, accept, decide and notify.</translation>
    </message>
    <message>
        <source>Versions and folders</source>
        <translation>Versions and folders</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the versions and folders, for a support request</source>
        <translation>Copy the versions and folders, for a support request</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
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
        <translation>Problems</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>What is missing or wrong</source>
        <translation>What is missing or wrong</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Proposed: %1</translation>
    </message>
    <message>
        <source>grant the licence</source>
        <translation>grant the licence</translation>
    </message>
    <message>
        <source>deny the licence</source>
        <translation>deny the licence</translation>
    </message>
    <message>
        <source>Opinion: %1</source>
        <translation>Opinion: %1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Reasons: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>What is proposed</source>
        <translation>What is proposed</translation>
    </message>
</context>
<context>
    <name>casedesk::AlertNotifier</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Tell me about new cases in my queues and cases turning yellow or red</source>
        <translation>Tell me about new cases in my queues and cases turning yellow or red</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) in your queues</source>
        <translation>
            <numerusform>%n new case in your queues</numerusform>
            <numerusform>%n new cases in your queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) now due soon (yellow)</source>
        <translation>
            <numerusform>%n case now due soon (yellow)</numerusform>
            <numerusform>%n cases now due soon (yellow)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) now overdue (red)</source>
        <translation>
            <numerusform>%n case now overdue (red)</numerusform>
            <numerusform>%n cases now overdue (red)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::AssignDialog</name>
    <message>
        <source>Assign cases</source>
        <translation>Assign cases</translation>
    </message>
    <message>
        <source>Clerk who takes the cases</source>
        <translation>Clerk who takes the cases</translation>
    </message>
    <message>
        <source>&amp;Clerk:</source>
        <translation>&amp;Clerk:</translation>
    </message>
    <message>
        <source>Reason for the assignment</source>
        <translation>Reason for the assignment</translation>
    </message>
    <message>
        <source>For example: the clerk is on leave until Monday</source>
        <translation>For example: the clerk is on leave until Monday</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
</context>
<context>
    <name>casedesk::BatchApprovalDialog</name>
    <message>
        <source>Approve several cases</source>
        <translation>Approve several cases</translation>
    </message>
    <message>
        <source>Check each case&apos;s proposal. Clear the mark of a case to leave it out; each approval is signed with your key.</source>
        <translation>Check each case&apos;s proposal. Clear the mark of a case to leave it out; each approval is signed with your key.</translation>
    </message>
    <message>
        <source>Cases to approve</source>
        <translation>Cases to approve</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Comment on every approval</source>
        <translation>Comment on every approval</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n case(s)</source>
        <translation>
            <numerusform>&amp;Approve %n case</numerusform>
            <numerusform>&amp;Approve %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::CaseDetailsController</name>
    <message>
        <source>The acceptance period has passed without a decision or a correction notice: the application counts as accepted from the day it was received.</source>
        <translation>The acceptance period has passed without a decision or a correction notice: the application counts as accepted from the day it was received.</translation>
    </message>
    <message>
        <source>No official holiday schedule is installed for %1; only weekends and fixed-date holidays are counted.</source>
        <translation>No official holiday schedule is installed for %1; only weekends and fixed-date holidays are counted.</translation>
    </message>
    <message>
        <source>Claimed by %1: read-only for you until it is released.</source>
        <translation>Claimed by %1: read-only for you until it is released.</translation>
    </message>
    <message>
        <source>On the platform now: %1 (version %2)</source>
        <translation>On the platform now: %1 (version %2)</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>On the platform</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Not yet uploaded</source>
        <translation>Not yet uploaded</translation>
    </message>
    <message>
        <source>Not yet uploaded (%1)</source>
        <translation>Not yet uploaded (%1)</translation>
    </message>
    <message>
        <source>signature verified by the platform</source>
        <translation>signature verified by the platform</translation>
    </message>
    <message>
        <source>signed, not verified</source>
        <translation>signed, not verified</translation>
    </message>
    <message>
        <source>signed, the platform verifies it</source>
        <translation>signed, the platform verifies it</translation>
    </message>
    <message>
        <source>Notices can be issued once the platform has this application and its number (at the next sync).</source>
        <translation>Notices can be issued once the platform has this application and its number (at the next sync).</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseMaterialsWindow</name>
    <message>
        <source>Materials of %1 — %2</source>
        <translation>Materials of %1 — %2</translation>
    </message>
    <message>
        <source>Reuse from the platform</source>
        <translation>Reuse from the platform</translation>
    </message>
    <message>
        <source>The platform holds no licence or earlier material of this applicant.</source>
        <translation>The platform holds no licence or earlier material of this applicant.</translation>
    </message>
    <message>
        <source>%1 %2 (%3, valid until %4)</source>
        <translation>%1 %2 (%3, valid until %4)</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>Which of the applicant&apos;s documents satisfies “%1”?</source>
        <translation>Which of the applicant&apos;s documents satisfies “%1”?</translation>
    </message>
    <message>
        <source>Document and checklist</source>
        <translation>Document and checklist</translation>
    </message>
</context>
<context>
    <name>casedesk::CasePane</name>
    <message>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>Select a case to see its details.</source>
        <translation>Select a case to see its details.</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>Case No.</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Case fields</source>
        <translation>Case fields</translation>
    </message>
    <message>
        <source>How the deadline is counted</source>
        <translation>How the deadline is counted</translation>
    </message>
    <message>
        <source>No deadline runs in this stage.</source>
        <translation>No deadline runs in this stage.</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Needs your decision</translation>
    </message>
    <message>
        <source>Actions the platform did not take</source>
        <translation>Actions the platform did not take</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send again on the current version</source>
        <translation>Send again on the current version</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Show in full (recorded)</source>
        <translation>Show in full (recorded)</translation>
    </message>
    <message>
        <source>Show the ID number and phone in full; this is recorded in the audit log</source>
        <translation>Show the ID number and phone in full; this is recorded in the audit log</translation>
    </message>
    <message>
        <source>Not kept on this computer</source>
        <translation>Not kept on this computer</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <source>Take the case through the platform&apos;s lock, so nobody else works on it meanwhile (Ctrl+K)</source>
        <translation>Take the case through the platform&apos;s lock, so nobody else works on it meanwhile (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>Give the case back to the queue (Ctrl+Shift+K)</source>
        <translation>Give the case back to the queue (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Case information</source>
        <translation>Case information</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>History of the case</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Service guide</source>
        <translation>Service guide</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>Submitted materials</source>
        <translation>Submitted materials</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>&amp;Materials</translation>
    </message>
    <message>
        <source>Other cases of the applicant</source>
        <translation>Other cases of the applicant</translation>
    </message>
    <message>
        <source>Same &amp;applicant</source>
        <translation>Same &amp;applicant</translation>
    </message>
    <message>
        <source>%1 (not yet sent)</source>
        <translation>%1 (not yet sent)</translation>
    </message>
    <message>
        <source>The service item is not in the local catalogue yet.</source>
        <translation>The service item is not in the local catalogue yet.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal time limit: %1</source>
        <translation>Legal time limit: %1</translation>
    </message>
    <message>
        <source>Promised time limit: %1</source>
        <translation>Promised time limit: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>Fees: %1</translation>
    </message>
    <message>
        <source>Required materials:</source>
        <translation>Required materials:</translation>
    </message>
    <message>
        <source>(if applicable)</source>
        <translation>(if applicable)</translation>
    </message>
    <message>
        <source>(original to be shown)</source>
        <translation>(original to be shown)</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>No other cached case of this applicant.</source>
        <translation>No other cached case of this applicant.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>%1 (%2 of 5) %3</source>
        <translation>%1 (%2 of 5) %3</translation>
    </message>
    <message>
        <source>Claim actions</source>
        <translation>Claim actions</translation>
    </message>
    <message>
        <source>Case information pages</source>
        <translation>Case information pages</translation>
    </message>
    <message>
        <source>Issued notices</source>
        <translation>Issued notices</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>&amp;Issue a notice…</source>
        <translation>&amp;Issue a notice…</translation>
    </message>
    <message>
        <source>Issue a notice</source>
        <translation>Issue a notice</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Save the selected notice as a PDF</source>
        <translation>Save the selected notice as a PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the selected notice</source>
        <translation>Print the selected notice</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>&amp;Notices</translation>
    </message>
    <message>
        <source>%1 (replaced by a reissue)</source>
        <translation>%1 (replaced by a reissue)</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Returned with</source>
        <translation>Returned with</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Extension requested</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s): %1</source>
        <translation>
            <numerusform>%n working day: %1</numerusform>
            <numerusform>%n working days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant the licence</source>
        <translation>Grant the licence</translation>
    </message>
    <message>
        <source>Deny the licence</source>
        <translation>Deny the licence</translation>
    </message>
    <message>
        <source>Waits for the agency head&apos;s approval.</source>
        <translation>Waits for the agency head&apos;s approval.</translation>
    </message>
    <message>
        <source>Section chief&apos;s opinion: %1. Waits for the agency head&apos;s approval.</source>
        <translation>Section chief&apos;s opinion: %1. Waits for the agency head&apos;s approval.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed with SM2 key %1</source>
        <translation>Signed with SM2 key %1</translation>
    </message>
    <message>
        <source>Approval chain</source>
        <translation>Approval chain</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseWorkView</name>
    <message>
        <source>%1 issued and signed; it is uploaded with the next sync.</source>
        <translation>%1 issued and signed; it is uploaded with the next sync.</translation>
    </message>
    <message>
        <source>Case details area</source>
        <translation>Case details area</translation>
    </message>
    <message>
        <source>Inbox and case details</source>
        <translation>Inbox and case details</translation>
    </message>
    <message>
        <source>Divider between inbox and case details</source>
        <translation>Divider between inbox and case details</translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so it is not shown.</source>
        <translation>The reveal could not be recorded, so it is not shown.</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <source>Filter by item, status, deadline, date and claim (Ctrl+Shift+F)</source>
        <translation>Filter by item, status, deadline, date and claim (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Pending actions…</source>
        <translation>&amp;Pending actions…</translation>
    </message>
    <message>
        <source>Actions not yet on the platform, and those that need your decision (Ctrl+Shift+P)</source>
        <translation>Actions not yet on the platform, and those that need your decision (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>Columns menu</source>
        <translation>Columns menu</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>Next &amp;pane</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>Previous pa&amp;ne</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>Case menu</source>
        <translation>Case menu</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <source>Claim the selected cases through the platform (Ctrl+K)</source>
        <translation>Claim the selected cases through the platform (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>Release your claim on the selected cases (Ctrl+Shift+K)</source>
        <translation>Release your claim on the selected cases (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Keep &amp;offline</source>
        <translation>Keep &amp;offline</translation>
    </message>
    <message>
        <source>Download the selected cases&apos; materials into the encrypted store and keep them for work without a network (Ctrl+Shift+O)</source>
        <translation>Download the selected cases&apos; materials into the encrypted store and keep them for work without a network (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;View materials</source>
        <translation>&amp;View materials</translation>
    </message>
    <message>
        <source>The case&apos;s materials beside the checklist of required ones (F3)</source>
        <translation>The case&apos;s materials beside the checklist of required ones (F3)</translation>
    </message>
    <message>
        <source>Issue a &amp;notice…</source>
        <translation>Issue a &amp;notice…</translation>
    </message>
    <message>
        <source>Issue a notice or decision for the selected case, signed and numbered (Ctrl+Shift+N)</source>
        <translation>Issue a notice or decision for the selected case, signed and numbered (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Actions menu</source>
        <translation>Actions menu</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>Ne&amp;xt case</translation>
    </message>
    <message>
        <source>Pre&amp;vious case</source>
        <translation>Pre&amp;vious case</translation>
    </message>
    <message>
        <source>Back to the &amp;inbox</source>
        <translation>Back to the &amp;inbox</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed on the platform.</source>
        <translation>
            <numerusform>%n case changed on the platform.</numerusform>
            <numerusform>%n cases changed on the platform.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 not: %3</source>
        <translation>%1 changed, %2 not: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept for offline work.</source>
        <translation>
            <numerusform>%n file kept for offline work.</numerusform>
            <numerusform>%n files kept for offline work.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 file(s) kept, %2 not: %3</source>
        <translation>%1 file(s) kept, %2 not: %3</translation>
    </message>
    <message>
        <source>Claims go through the platform: sign in first.</source>
        <translation>Claims go through the platform: sign in first.</translation>
    </message>
    <message>
        <source>The platform cannot be reached, so the claim is not taken: a claim is the platform&apos;s lock. Try again when the connection is back (F5 syncs now).</source>
        <translation>The platform cannot be reached, so the claim is not taken: a claim is the platform&apos;s lock. Try again when the connection is back (F5 syncs now).</translation>
    </message>
    <message numerus="yes">
        <source>Claiming %n case(s)…</source>
        <translation>
            <numerusform>Claiming %n case…</numerusform>
            <numerusform>Claiming %n cases…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Releasing %n case(s)…</source>
        <translation>
            <numerusform>Releasing %n case…</numerusform>
            <numerusform>Releasing %n cases…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading the materials of %n case(s)…</source>
        <translation>
            <numerusform>Downloading the materials of %n case…</numerusform>
            <numerusform>Downloading the materials of %n cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Filters (%1)</source>
        <translation>&amp;Filters (%1)</translation>
    </message>
    <message>
        <source>This case is not in the list shown now (it is %1). Choose another case, or search all cases for it.</source>
        <translation>This case is not in the list shown now (it is %1). Choose another case, or search all cases for it.</translation>
    </message>
    <message>
        <source>%1 saved; it is sent with the next sync.</source>
        <translation>%1 saved; it is sent with the next sync.</translation>
    </message>
    <message>
        <source>Issue the notice</source>
        <translation>Issue the notice</translation>
    </message>
    <message>
        <source>The law requires a written notice of this decision. Issue it now?</source>
        <translation>The law requires a written notice of this decision. Issue it now?</translation>
    </message>
    <message>
        <source>&amp;Workload…</source>
        <translation>&amp;Workload…</translation>
    </message>
    <message>
        <source>Open cases per clerk: by stage, due soon, overdue (Ctrl+Shift+W)</source>
        <translation>Open cases per clerk: by stage, due soon, overdue (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <source>Give the selected cases to a clerk of the department, with the reason; their claim moves (Ctrl+Shift+G)</source>
        <translation>Give the selected cases to a clerk of the department, with the reason; their claim moves (Ctrl+Shift+G)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned.</source>
        <translation>
            <numerusform>%n case assigned.</numerusform>
            <numerusform>%n cases assigned.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 assigned, %2 not: %3</source>
        <translation>%1 assigned, %2 not: %3</translation>
    </message>
    <message>
        <source>Choose the cases to assign in the inbox first.</source>
        <translation>Choose the cases to assign in the inbox first.</translation>
    </message>
    <message>
        <source>The platform cannot be reached, so nothing is assigned: an assignment moves the platform&apos;s claim. Try again when the connection is back.</source>
        <translation>The platform cannot be reached, so nothing is assigned: an assignment moves the platform&apos;s claim. Try again when the connection is back.</translation>
    </message>
    <message numerus="yes">
        <source>Assigning %n case(s)…</source>
        <translation>
            <numerusform>Assigning %n case…</numerusform>
            <numerusform>Assigning %n cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve se&amp;veral…</source>
        <translation>Approve se&amp;veral…</translation>
    </message>
    <message>
        <source>Approve the selected cases after seeing each one&apos;s proposal, each signed with your key (Ctrl+Shift+Y)</source>
        <translation>Approve the selected cases after seeing each one&apos;s proposal, each signed with your key (Ctrl+Shift+Y)</translation>
    </message>
    <message numerus="yes">
        <source>Approving %n case(s)…</source>
        <translation>
            <numerusform>Approving %n case…</numerusform>
            <numerusform>Approving %n cases…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) signed; they are sent with the next sync.</source>
        <translation>
            <numerusform>%n approval signed; they are sent with the next sync.</numerusform>
            <numerusform>%n approvals signed; they are sent with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved, %2 not: %3</source>
        <translation>%1 approved, %2 not: %3</translation>
    </message>
    <message>
        <source>&amp;Preview the notice…</source>
        <translation>&amp;Preview the notice…</translation>
    </message>
    <message>
        <source>Counter &amp;intake…</source>
        <translation>Counter &amp;intake…</translation>
    </message>
    <message>
        <source>Register an application handed in at the window (Ctrl+N)</source>
        <translation>Register an application handed in at the window (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>casedesk::ChecklistPanel</name>
    <message>
        <source>Required materials and verdicts</source>
        <translation>Required materials and verdicts</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Take the shown file as this material</source>
        <translation>Take the shown file as this material</translation>
    </message>
    <message>
        <source>Reuse from the platform…</source>
        <translation>Reuse from the platform…</translation>
    </message>
    <message>
        <source>Checklist summary</source>
        <translation>Checklist summary</translation>
    </message>
    <message>
        <source>&amp;Take shown file</source>
        <translation>&amp;Take shown file</translation>
    </message>
    <message>
        <source>Take the shown file as the selected material</source>
        <translation>Take the shown file as the selected material</translation>
    </message>
    <message>
        <source>Re&amp;use from the platform…</source>
        <translation>Re&amp;use from the platform…</translation>
    </message>
    <message>
        <source>Reuse a licence or an earlier material from the platform</source>
        <translation>Reuse a licence or an earlier material from the platform</translation>
    </message>
    <message>
        <source>Request &amp;correction…</source>
        <translation>Request &amp;correction…</translation>
    </message>
    <message>
        <source>Request correction with this list</source>
        <translation>Request correction with this list</translation>
    </message>
    <message>
        <source>%1 (if any)</source>
        <translation>%1 (if any)</translation>
    </message>
    <message>
        <source>Reused: %1</source>
        <translation>Reused: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Verdict on %1</source>
        <translation>Verdict on %1</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>Reason for %1</translation>
    </message>
    <message>
        <source>Every required material is good.</source>
        <translation>Every required material is good.</translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) to correct: request correction is suggested.</source>
        <translation>
            <numerusform>%n material to correct: request correction is suggested.</numerusform>
            <numerusform>%n materials to correct: request correction is suggested.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every material is checked yet.</source>
        <translation>Not every material is checked yet.</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Mark as %1</translation>
    </message>
</context>
<context>
    <name>casedesk::CounterIntakeDialog</name>
    <message>
        <source>Counter intake</source>
        <translation>Counter intake</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Service &amp;item:</source>
        <translation>Service &amp;item:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Applicant kind</source>
        <translation>Applicant kind</translation>
    </message>
    <message>
        <source>Applicant &amp;kind:</source>
        <translation>Applicant &amp;kind:</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>I&amp;D number:</source>
        <translation>I&amp;D number:</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>&amp;Legal representative:</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>Agent&apos;s name</translation>
    </message>
    <message>
        <source>Empty when the applicant came in person</source>
        <translation>Empty when the applicant came in person</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>Agent&apos;s ID number</translation>
    </message>
    <message>
        <source>Agent&apos;s ID n&amp;umber:</source>
        <translation>Agent&apos;s ID n&amp;umber:</translation>
    </message>
    <message>
        <source>Agent&apos;s telephone</source>
        <translation>Agent&apos;s telephone</translation>
    </message>
    <message>
        <source>Agent&apos;s telep&amp;hone:</source>
        <translation>Agent&apos;s telep&amp;hone:</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <source>Materials handed in</source>
        <translation>Materials handed in</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>&amp;Scanner:</translation>
    </message>
    <message>
        <source>Scan a pa&amp;ge</source>
        <translation>Scan a pa&amp;ge</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Attach a &amp;file…</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Stop scanning</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Scan progress</translation>
    </message>
    <message>
        <source>Register and &amp;print receipt</source>
        <translation>Register and &amp;print receipt</translation>
    </message>
    <message>
        <source>Page %1: %p%</source>
        <translation>Page %1: %p%</translation>
    </message>
    <message>
        <source>No scanner found</source>
        <translation>No scanner found</translation>
    </message>
    <message>
        <source>%1 (if any)</source>
        <translation>%1 (if any)</translation>
    </message>
    <message>
        <source>Choose the material the file belongs to first.</source>
        <translation>Choose the material the file belongs to first.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.ofd *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Documents (*.pdf *.ofd *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>%1 attached to %2.</source>
        <translation>%1 attached to %2.</translation>
    </message>
    <message>
        <source>Choose the material to scan first.</source>
        <translation>Choose the material to scan first.</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Scanning %1…</translation>
    </message>
    <message>
        <source>%1: %2 Pages scanned so far are kept (%3).</source>
        <translation>%1: %2 Pages scanned so far are kept (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Scanning stopped; %n page(s) kept.</source>
        <translation>
            <numerusform>Scanning stopped; %n page kept.</numerusform>
            <numerusform>Scanning stopped; %n pages kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) scanned.</source>
        <translation>
            <numerusform>%1: %n page scanned.</numerusform>
            <numerusform>%1: %n pages scanned.</numerusform>
        </translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <source>18-digit citizen ID number</source>
        <translation>18-digit citizen ID number</translation>
    </message>
    <message>
        <source>The check character is right.</source>
        <translation>The check character is right.</translation>
    </message>
    <message>
        <source>Registered as %1 for %2; it is sent to the platform at the next sync.</source>
        <translation>Registered as %1 for %2; it is sent to the platform at the next sync.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>150 dpi</source>
        <translation>150 dpi</translation>
    </message>
    <message>
        <source>200 dpi</source>
        <translation>200 dpi</translation>
    </message>
    <message>
        <source>300 dpi</source>
        <translation>300 dpi</translation>
    </message>
    <message>
        <source>600 dpi</source>
        <translation>600 dpi</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Flatbed, one page</source>
        <translation>Flatbed, one page</translation>
    </message>
    <message>
        <source>Feeder, every page</source>
        <translation>Feeder, every page</translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation>Feeder, both sides</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paper size</translation>
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
        <translation>ID card</translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation>Scanned pages</translation>
    </message>
    <message>
        <source>Turn the page a quarter clockwise (Ctrl+R)</source>
        <translation>Turn the page a quarter clockwise (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Res&amp;olution:</source>
        <translation>Res&amp;olution:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>Feed &amp;method:</source>
        <translation>Feed &amp;method:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Paper si&amp;ze:</translation>
    </message>
    <message>
        <source>Turn clock&amp;wise</source>
        <translation>Turn clock&amp;wise</translation>
    </message>
    <message>
        <source>Move &amp;back</source>
        <translation>Move &amp;back</translation>
    </message>
    <message>
        <source>Move ne&amp;xt</source>
        <translation>Move ne&amp;xt</translation>
    </message>
    <message>
        <source>Remo&amp;ve page</source>
        <translation>Remo&amp;ve page</translation>
    </message>
    <message>
        <source>Only the first file was taken: drop one file per material.</source>
        <translation>Only the first file was taken: drop one file per material.</translation>
    </message>
    <message>
        <source>Preparing the scanned pages…</source>
        <translation>Preparing the scanned pages…</translation>
    </message>
</context>
<context>
    <name>casedesk::FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Green: in time</source>
        <translation>Green: in time</translation>
    </message>
    <message>
        <source>Yellow: due soon</source>
        <translation>Yellow: due soon</translation>
    </message>
    <message>
        <source>Red: overdue</source>
        <translation>Red: overdue</translation>
    </message>
    <message>
        <source>No running deadline</source>
        <translation>No running deadline</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>Received &amp;between</source>
        <translation>Received &amp;between</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Received until</translation>
    </message>
    <message>
        <source>Claimed by &amp;me</source>
        <translation>Claimed by &amp;me</translation>
    </message>
    <message>
        <source>Sa&amp;ved:</source>
        <translation>Sa&amp;ved:</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Keep these filters under a name</source>
        <translation>Keep these filters under a name</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Save filters</source>
        <translation>Save filters</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>casedesk::InboxModel</name>
    <message>
        <source>%1: due %2</source>
        <translation>%1: due %2</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>Case No.</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>casedesk::InboxPanel</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Search case no., applicant, item or material (Ctrl+F)</source>
        <translation>Search case no., applicant, item or material (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <source>Search all cases</source>
        <translation>Search all cases</translation>
    </message>
    <message>
        <source>Nothing in this queue matches: search every queue</source>
        <translation>Nothing in this queue matches: search every queue</translation>
    </message>
    <message>
        <source>More than %1 cases (counting…)</source>
        <translation>More than %1 cases (counting…)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the search index is still being built: some cases may be missing)</source>
        <translation>%1 (the search index is still being built: some cases may be missing)</translation>
    </message>
    <message>
        <source>Show every holder&apos;s cases again</source>
        <translation>Show every holder&apos;s cases again</translation>
    </message>
    <message>
        <source>Held by %1 ✕</source>
        <translation>Held by %1 ✕</translation>
    </message>
    <message>
        <source>Only the cases %1 holds; press to show all</source>
        <translation>Only the cases %1 holds; press to show all</translation>
    </message>
</context>
<context>
    <name>casedesk::InboxView</name>
    <message>
        <source>Case inbox</source>
        <translation>Case inbox</translation>
    </message>
    <message>
        <source>Case rows</source>
        <translation>Case rows</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Scroll cases</source>
        <translation>Scroll cases</translation>
    </message>
    <message>
        <source>Scroll columns</source>
        <translation>Scroll columns</translation>
    </message>
</context>
<context>
    <name>casedesk::LockScreen</name>
    <message>
        <source>Locked session</source>
        <translation>Locked session</translation>
    </message>
    <message>
        <source>CaseDesk is locked</source>
        <translation>CaseDesk is locked</translation>
    </message>
    <message>
        <source>Password to unlock</source>
        <translation>Password to unlock</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Unlock message</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation>Signed in as %1. Enter your password to continue.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Fetch the platform&apos;s changes now (F5)</source>
        <translation>Fetch the platform&apos;s changes now (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;About CaseDesk</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n change(s)</source>
        <translation>
            <numerusform>Sync finished: %n change</numerusform>
            <numerusform>Sync finished: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <source>File menu</source>
        <translation>File menu</translation>
    </message>
    <message>
        <source>Help menu</source>
        <translation>Help menu</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ID numbers, phones and addresses are not kept offline: %1</source>
        <translation>ID numbers, phones and addresses are not kept offline: %1</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Hide the window&apos;s content until your password is entered (Ctrl+L)</source>
        <translation>Hide the window&apos;s content until your password is entered (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Sign &amp;out…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign out of the platform on this computer?</source>
        <translation>Sign out of the platform on this computer?</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Also remove the cases, materials and keys from this computer</source>
        <translation>Also remove the cases, materials and keys from this computer</translation>
    </message>
    <message>
        <source>Remove local data</source>
        <translation>Remove local data</translation>
    </message>
    <message>
        <source>Not yet on the platform: %1. Removing the local data loses them.</source>
        <translation>Not yet on the platform: %1. Removing the local data loses them.</translation>
    </message>
    <message>
        <source>The local data is removed. CaseDesk closes now.</source>
        <translation>The local data is removed. CaseDesk closes now.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>You are signed out.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>View menu</source>
        <translation>View menu</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Signing out…</translation>
    </message>
    <message>
        <source>Extensions to approve</source>
        <translation>Extensions to approve</translation>
    </message>
    <message>
        <source>&amp;Check the local cache</source>
        <translation>&amp;Check the local cache</translation>
    </message>
    <message>
        <source>Compare the local cache with what the platform holds and fetch again whatever differs</source>
        <translation>Compare the local cache with what the platform holds and fetch again whatever differs</translation>
    </message>
    <message>
        <source>Checking the local cache against the platform…</source>
        <translation>Checking the local cache against the platform…</translation>
    </message>
    <message>
        <source>Local cache rebuilt</source>
        <translation>Local cache rebuilt</translation>
    </message>
</context>
<context>
    <name>casedesk::MaterialViewer</name>
    <message>
        <source>%1 is too large to show (%2 MiB).</source>
        <translation>%1 is too large to show (%2 MiB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Files of the material</source>
        <translation>Files of the material</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Find in the document (Ctrl+F)</source>
        <translation>Find in the document (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Find in the document</translation>
    </message>
    <message>
        <source>Viewer tools</source>
        <translation>Viewer tools</translation>
    </message>
    <message>
        <source>Previous material</source>
        <translation>Previous material</translation>
    </message>
    <message>
        <source>Next material</source>
        <translation>Next material</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>“%1” is not in this document.</source>
        <translation>“%1” is not in this document.</translation>
    </message>
    <message>
        <source>No files to show.</source>
        <translation>No files to show.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): ask the applicant to upload it again.</source>
        <translation>%1 is empty (0 bytes): ask the applicant to upload it again.</translation>
    </message>
    <message>
        <source>%1 is protected by a password and cannot be checked: ask the applicant for an unprotected copy.</source>
        <translation>%1 is protected by a password and cannot be checked: ask the applicant for an unprotected copy.</translation>
    </message>
    <message>
        <source>%1 is encrypted in a way that cannot be opened.</source>
        <translation>%1 is encrypted in a way that cannot be opened.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete and cannot be shown.</source>
        <translation>%1 is damaged or incomplete and cannot be shown.</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Opening %1 …</translation>
    </message>
    <message>
        <source>%1 is damaged or not an image Qt can read.</source>
        <translation>%1 is damaged or not an image Qt can read.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: %2</source>
        <translation>%1 is damaged or truncated: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3 %</source>
        <translation>Page %1 of %2 · %3 %</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3 %</source>
        <translation>%1 × %2 pixels · %3 %</translation>
    </message>
    <message>
        <source>Files and pages</source>
        <translation>Files and pages</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message numerus="yes">
        <source> · found %n time(s) on this page</source>
        <translation>
            <numerusform> · found %n time on this page</numerusform>
            <numerusform> · found %n times on this page</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 cannot be shown: %2</translation>
    </message>
    <message>
        <source>%1 is neither a PDF, an OFD document nor an image (its content says so, whatever its name): it cannot be shown.</source>
        <translation>%1 is neither a PDF, an OFD document nor an image (its content says so, whatever its name): it cannot be shown.</translation>
    </message>
</context>
<context>
    <name>casedesk::MaterialsDesk</name>
    <message>
        <source>The reused document&apos;s file could not be fetched: %1</source>
        <translation>The reused document&apos;s file could not be fetched: %1</translation>
    </message>
    <message>
        <source>%1 (reused: %2)</source>
        <translation>%1 (reused: %2)</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Opening %1 …</translation>
    </message>
    <message>
        <source>%1 is being downloaded …</source>
        <translation>%1 is being downloaded …</translation>
    </message>
    <message>
        <source>%1 is not on this computer; it can be downloaded when the platform is reachable.</source>
        <translation>%1 is not on this computer; it can be downloaded when the platform is reachable.</translation>
    </message>
    <message>
        <source>Looking up the applicant&apos;s licences needs the platform and the applicant&apos;s ID number.</source>
        <translation>Looking up the applicant&apos;s licences needs the platform and the applicant&apos;s ID number.</translation>
    </message>
    <message>
        <source>The case of these materials is no longer selected in the inbox.</source>
        <translation>The case of these materials is no longer selected in the inbox.</translation>
    </message>
</context>
<context>
    <name>casedesk::NoticeDesk</name>
    <message>
        <source>Notices are kept in the encrypted vault, which needs the keychain.</source>
        <translation>Notices are kept in the encrypted vault, which needs the keychain.</translation>
    </message>
    <message>
        <source>No notice records an act of this case yet: notices follow the acceptance, a correction request, a refusal or a decision.</source>
        <translation>No notice records an act of this case yet: notices follow the acceptance, a correction request, a refusal or a decision.</translation>
    </message>
    <message>
        <source>You may not issue notices on this case.</source>
        <translation>You may not issue notices on this case.</translation>
    </message>
    <message>
        <source>Issue a notice</source>
        <translation>Issue a notice</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Preview of the notice</translation>
    </message>
    <message>
        <source>Draft of the notice</source>
        <translation>Draft of the notice</translation>
    </message>
</context>
<context>
    <name>casedesk::NoticeDialog</name>
    <message>
        <source>Issue a notice</source>
        <translation>Issue a notice</translation>
    </message>
    <message>
        <source>Kind of notice</source>
        <translation>Kind of notice</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Materials to correct, with what is missing or wrong</source>
        <translation>Materials to correct, with what is missing or wrong</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>What is missing or wrong</source>
        <translation>What is missing or wrong</translation>
    </message>
    <message>
        <source>Add a &amp;material</source>
        <translation>Add a &amp;material</translation>
    </message>
    <message>
        <source>Add a material to correct</source>
        <translation>Add a material to correct</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Legal basis</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <source>Licence &amp;number</source>
        <translation>Licence &amp;number</translation>
    </message>
    <message>
        <source>Licence valid until</source>
        <translation>Licence valid until</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Preview of the notice</translation>
    </message>
    <message>
        <source>&amp;Issue and sign</source>
        <translation>&amp;Issue and sign</translation>
    </message>
    <message>
        <source>Issue and sign the notice</source>
        <translation>Issue and sign the notice</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The notice&apos;s PDF cannot be read.</source>
        <translation>The notice&apos;s PDF cannot be read.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Save the notice</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Notice form</source>
        <translation>Notice form</translation>
    </message>
    <message>
        <source>Form and preview</source>
        <translation>Form and preview</translation>
    </message>
</context>
<context>
    <name>casedesk::PendingActionsController</name>
    <message>
        <source>Held: the case changed on the platform meanwhile (%1)</source>
        <translation>Held: the case changed on the platform meanwhile (%1)</translation>
    </message>
    <message>
        <source>Held: the platform refused it (%1)</source>
        <translation>Held: the platform refused it (%1)</translation>
    </message>
    <message>
        <source>Waiting to be sent; the last try failed: %1</source>
        <translation>Waiting to be sent; the last try failed: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Counter intake: create the case on the platform</source>
        <translation>Counter intake: create the case on the platform</translation>
    </message>
    <message>
        <source>Upload %1 (version %2)</source>
        <translation>Upload %1 (version %2)</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>Upload %1</translation>
    </message>
    <message>
        <source>Refused by the platform (%1); the file stays on this computer</source>
        <translation>Refused by the platform (%1); the file stays on this computer</translation>
    </message>
    <message>
        <source>Waits until the platform has the case</source>
        <translation>Waits until the platform has the case</translation>
    </message>
    <message>
        <source>%1% sent; the last try failed: %2</source>
        <translation>%1% sent; the last try failed: %2</translation>
    </message>
    <message>
        <source>%1% sent</source>
        <translation>%1% sent</translation>
    </message>
</context>
<context>
    <name>casedesk::PendingActionsDialog</name>
    <message>
        <source>Pending actions</source>
        <translation>Pending actions</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>Case No.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Send &amp;again on the current version</source>
        <translation>Send &amp;again on the current version</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>Discard the selected action, with a reason</source>
        <translation>Discard the selected action, with a reason</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Discard the action</source>
        <translation>Discard the action</translation>
    </message>
    <message>
        <source>Why is it discarded? The reason is kept.</source>
        <translation>Why is it discarded? The reason is kept.</translation>
    </message>
    <message>
        <source>Nothing waits: the platform has everything.</source>
        <translation>Nothing waits: the platform has everything.</translation>
    </message>
    <message>
        <source>Actions taken and files received on this computer that the platform does not have yet. They are sent in order with every sync; a held action waits for your decision.</source>
        <translation>Actions taken and files received on this computer that the platform does not have yet. They are sent in order with every sync; a held action waits for your decision.</translation>
    </message>
</context>
<context>
    <name>casedesk::ProfileLock</name>
    <message>
        <source>CaseDesk is already open on this profile (process %1 on %2). Use that window, or close it first: two windows on one profile would both write its cache.</source>
        <translation>CaseDesk is already open on this profile (process %1 on %2). Use that window, or close it first: two windows on one profile would both write its cache.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written. Ask the administrator to give you write access to it.</source>
        <translation>The profile folder %1 cannot be written. Ask the administrator to give you write access to it.</translation>
    </message>
</context>
<context>
    <name>casedesk::SessionLock</name>
    <message>
        <source>This session cannot be unlocked here (it was opened through the identity portal or without a keychain). Sign out and sign in again.</source>
        <translation>This session cannot be unlocked here (it was opened through the identity portal or without a keychain). Sign out and sign in again.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the session ends.</source>
        <translation>Too many wrong passwords: the session ends.</translation>
    </message>
    <message>
        <source>The password is wrong (%1 of %2 attempts).</source>
        <translation>The password is wrong (%1 of %2 attempts).</translation>
    </message>
</context>
<context>
    <name>casedesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Next field or pane</source>
        <translation>Next field or pane</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Previous field or pane</source>
        <translation>Previous field or pane</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>Open the selected case (its first action)</source>
        <translation>Open the selected case (its first action)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move through the inbox; the case pane follows</source>
        <translation>Move through the inbox; the case pane follows</translation>
    </message>
    <message>
        <source>↑ ↓, Page Up, Page Down</source>
        <translation>↑ ↓, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Start a search by typing in the inbox</source>
        <translation>Start a search by typing in the inbox</translation>
    </message>
    <message>
        <source>any letter or digit</source>
        <translation>any letter or digit</translation>
    </message>
    <message>
        <source>Close a dialog or the materials window</source>
        <translation>Close a dialog or the materials window</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Open a menu</translation>
    </message>
    <message>
        <source>Alt, or F10</source>
        <translation>Alt, or F10</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>casedesk::SignInDialog</name>
    <message>
        <source>Sign in to the one-stop service platform</source>
        <translation>Sign in to the one-stop service platform</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Platform address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Platform address:</source>
        <translation>&amp;Platform address:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address, for example https://zwfw.example.gov.cn</source>
        <translation>Enter the platform&apos;s address, for example https://zwfw.example.gov.cn</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Sign in through the identity &amp;portal</source>
        <translation>Sign in through the identity &amp;portal</translation>
    </message>
    <message>
        <source>The browser could not be opened.</source>
        <translation>The browser could not be opened.</translation>
    </message>
    <message>
        <source>Continue in the browser; CaseDesk waits for the identity portal.</source>
        <translation>Continue in the browser; CaseDesk waits for the identity portal.</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncService</name>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be kept in the keychain, so CaseDesk will ask you to sign in at its next start. %1</source>
        <translation>The renewed sign-in could not be kept in the keychain, so CaseDesk will ask you to sign in at its next start. %1</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncStatus</name>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>Actions waiting to be sent</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n change(s) received</source>
        <translation>
            <numerusform>Syncing: %n change received</numerusform>
            <numerusform>Syncing: %n changes received</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to send, %2 need your decision</source>
        <translation>%1 to send, %2 need your decision</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) to send</source>
        <translation>
            <numerusform>%n action to send</numerusform>
            <numerusform>%n actions to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Online, reached at %1</source>
        <translation>Online, reached at %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <source>Records set aside</source>
        <translation>Records set aside</translation>
    </message>
    <message>
        <source>The platform sent records this computer could not read. They are kept aside and fetched again at each sync; File › Check the local cache says which. If this stays, tell your administrator.</source>
        <translation>The platform sent records this computer could not read. They are kept aside and fetched again at each sync; File › Check the local cache says which. If this stays, tell your administrator.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>%n record could not be read</numerusform>
            <numerusform>%n records could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::WorkloadDialog</name>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Open cases per clerk</source>
        <translation>Open cases per clerk</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open cases by who holds them, as of the last sync.</source>
        <translation>Open cases by who holds them, as of the last sync.</translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation>Not claimed</translation>
    </message>
    <message>
        <source>&amp;Reassign all of theirs…</source>
        <translation>&amp;Reassign all of theirs…</translation>
    </message>
    <message>
        <source>Give every open case the selected clerk holds to another clerk, for example while they are on leave</source>
        <translation>Give every open case the selected clerk holds to another clerk, for example while they are on leave</translation>
    </message>
    <message>
        <source>&amp;Show their cases</source>
        <translation>&amp;Show their cases</translation>
    </message>
    <message>
        <source>The selected clerk&apos;s open cases in the inbox (Enter)</source>
        <translation>The selected clerk&apos;s open cases in the inbox (Enter)</translation>
    </message>
    <message>
        <source>Avg. working days open</source>
        <translation>Avg. working days open</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk, the case desk for the one-stop government service platform. The profile folder is CASEDESK_HOME when set.</source>
        <translation>CaseDesk, the case desk for the one-stop government service platform. The profile folder is CASEDESK_HOME when set.</translation>
    </message>
    <message>
        <source>Open the viewer on local files (a scan to check before it is attached), without signing in.</source>
        <translation>Open the viewer on local files (a scan to check before it is attached), without signing in.</translation>
    </message>
    <message>
        <source>CaseDesk viewer</source>
        <translation>CaseDesk viewer</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation>The local cache cannot be opened: %1</translation>
    </message>
    <message>
        <source>Files to open in the viewer.</source>
        <translation>Files to open in the viewer.</translation>
    </message>
</context>
</TS>
