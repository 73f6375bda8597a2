# The Debian packages: `casedesk` (the desktop app, the CLI, templates, calendars, icon, desktop
# file, AppStream metainfo, man pages, bash completion, /etc/casedesk/casedesk.conf) and
# `onestop-sim` (the demo and test platform, which has no place on a clerk's machine).
# packaging/build-deb.sh builds them with CPack into build/deb/ and runs lintian.
include(GNUInstallDirs)

set(_pkg "${PROJECT_SOURCE_DIR}/packaging")
set(_gz "${CMAKE_BINARY_DIR}/packaging")
file(MAKE_DIRECTORY "${_gz}")

# Man pages and the Debian changelog, compressed as Debian policy wants (gzip -9n: no name or
# time stamp, so the bytes depend on the text alone).
find_program(GZIP_PROGRAM gzip REQUIRED)
set(_compressed)
foreach(page casedesk.1 casedesk-cli.1 onestop-sim.1)
    add_custom_command(OUTPUT "${_gz}/${page}.gz"
        COMMAND "${GZIP_PROGRAM}" -9nc "${_pkg}/man/${page}" > "${_gz}/${page}.gz"
        DEPENDS "${_pkg}/man/${page}" VERBATIM)
    list(APPEND _compressed "${_gz}/${page}.gz")
endforeach()
add_custom_command(OUTPUT "${_gz}/changelog.Debian.gz"
    COMMAND "${GZIP_PROGRAM}" -9nc "${_pkg}/debian/changelog" > "${_gz}/changelog.Debian.gz"
    DEPENDS "${_pkg}/debian/changelog" VERBATIM)
list(APPEND _compressed "${_gz}/changelog.Debian.gz")
add_custom_target(casedesk-package-docs ALL DEPENDS ${_compressed})

# casedesk
install(FILES "${_pkg}/casedesk.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT casedesk)
install(FILES "${_pkg}/org.casedesk.CaseDesk.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT casedesk)
install(FILES "${_gz}/casedesk.1.gz" "${_gz}/casedesk-cli.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT casedesk)
install(FILES "${_pkg}/casedesk-cli.bash-completion"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME casedesk-cli
    COMPONENT casedesk)
# The administrator's file (a conffile: dpkg keeps his edits on upgrade).
install(FILES "${_pkg}/casedesk.conf"
    DESTINATION "${CMAKE_INSTALL_FULL_SYSCONFDIR}/casedesk" COMPONENT casedesk)
# onestop-sim
install(FILES "${_gz}/onestop-sim.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT onestop-sim)
foreach(component casedesk onestop-sim)
    install(FILES "${_pkg}/debian/copyright" "${_gz}/changelog.Debian.gz"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${component}" COMPONENT ${component})
    # Each override says why it applies (packaging/debian/lintian-overrides).
    install(FILES "${_pkg}/debian/lintian-overrides"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME ${component}
        COMPONENT ${component})
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME casedesk)
set(CPACK_PACKAGE_VENDOR "The CaseDesk developers")
set(CPACK_PACKAGE_CONTACT "The CaseDesk developers <maintainers@users.noreply.r-seed-c7f3ac83.example>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# CPack puts a summary that differs from its default before every package's description; each
# package's first line is its own synopsis, so the summary stays the default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL casedesk onestop-sim)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://casedesk.org/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_CASEDESK_PACKAGE_NAME casedesk)
set(CPACK_DEBIAN_CASEDESK_PACKAGE_SECTION misc)
# What dpkg-shlibdeps cannot see: the plugins Qt loads at run time (SQLite, the X11 platform),
# CJK fonts for the notices, and a Secret Service for the keychain.
set(CPACK_DEBIAN_CASEDESK_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-noto-cjk | fonts-wqy-zenhei | fonts-arphic-uming")
set(CPACK_DEBIAN_CASEDESK_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_CASEDESK_DESCRIPTION
    "desktop case desk for the one-stop government service platform
CaseDesk is the desktop client with which the staff of a district's government
departments work the cases of the provincial one-stop online government service
platform: window clerks claim, pre-review, accept, ask once for every missing
item or refuse; section chiefs and agency heads approve with their own keys;
supervisors watch the deadlines. Notices are issued as signed PDF files.
.
It keeps a local encrypted cache and an outbox, so it works offline and sends
every action exactly once. This package holds the desktop application, the
casedesk-cli command line, the notice templates and the working calendars.")
set(CPACK_DEBIAN_CASEDESK_PACKAGE_CONTROL_EXTRA "${_pkg}/debian/casedesk/conffiles")

set(CPACK_DEBIAN_ONESTOP-SIM_PACKAGE_NAME onestop-sim)
set(CPACK_DEBIAN_ONESTOP-SIM_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_ONESTOP-SIM_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_ONESTOP-SIM_DESCRIPTION
    "local stand-in for the one-stop government service platform
onestop-sim serves the platform's REST interface with a generated district
(departments, service items, staff and cases in every stage, with materials)
for demonstrations of CaseDesk and for its tests. It is not for production
data and shares no code with the client.")

include(CPack)
