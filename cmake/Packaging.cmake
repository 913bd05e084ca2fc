# `cmake --build build --target package`: a .deb of what cmake/Install.cmake installs, its
# dependencies computed by dpkg-shlibdeps from the programs' libraries. Plug-ins Qt loads at run
# time (the SQLite driver, the platform and SVG plug-ins) are no linked library, so they are
# named by hand.
set(maintainer "Seed f6f2e051 maintainers <maintainers@users.noreply.h-seed-f6f2e051.example>")

# The Debian changelog names this version: a package whose changelog says otherwise is refused.
file(STRINGS ${PROJECT_SOURCE_DIR}/resources/debian/changelog changelogHead LIMIT_COUNT 1)
if(NOT changelogHead MATCHES "^waconsole \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "resources/debian/changelog does not start with version ${PROJECT_VERSION}")
endif()
set(docs ${CMAKE_BINARY_DIR}/install/doc)
add_custom_command(OUTPUT ${docs}/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${docs}
    COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/resources/debian/changelog > ${docs}/changelog.gz
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/debian/changelog VERBATIM)
add_custom_target(waconsole_changelog ALL DEPENDS ${docs}/changelog.gz)
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright ${docs}/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME waconsole)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT ${maintainer})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
# The keyring keeps the tokens (without one they last the session); the fonts draw the preview.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, fonts-noto-color-emoji, fonts-dejavu-core, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(WACONSOLE_HOMEPAGE_URL)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${WACONSOLE_HOMEPAGE_URL})
endif()
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "console for composing and sending WhatsApp Cloud API messages")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "waconsole is a Qt desktop console for the WhatsApp Business Cloud API: a form
for every message type with live validation, the JSON and cURL of the request,
a phone-like preview, sending with profiles whose tokens stay in the keychain,
the history of sends, customers' conversations and template libraries.

The package also holds waconsole-cli, which validates, renders, sends and
receives webhooks from a shell, and waconsole-sim, a Cloud API simulator on
loopback.")
include(CPack)
