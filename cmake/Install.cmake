# What `cmake --install` and the .deb put where: the three programs, the desktop entry, the
# AppStream metainfo, the icon in every size, the manual pages and the bash completion. The
# translations need no step: lrelease's catalogues are compiled into the programs (:/i18n).
include(GNUInstallDirs)

install(TARGETS waconsole waconsole-cli waconsole-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(generated ${CMAKE_BINARY_DIR}/install)

configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/waconsole.desktop.in
    ${generated}/${WACONSOLE_APP_ID}.desktop @ONLY)
install(FILES ${generated}/${WACONSOLE_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

# AppStream wants screenshots and a homepage by URL. The project has no public address of its
# own, so none is made up: a packager who publishes docs/screenshots sets where.
set(WACONSOLE_HOMEPAGE_URL "" CACHE STRING "The project's homepage, for AppStream")
set(WACONSOLE_SCREENSHOT_URL "" CACHE STRING "Where docs/screenshots/*.png are published")
set(WACONSOLE_METAINFO_URLS "")
if(WACONSOLE_HOMEPAGE_URL)
    string(APPEND WACONSOLE_METAINFO_URLS
        "  <url type=\"homepage\">${WACONSOLE_HOMEPAGE_URL}</url>\n")
endif()
if(WACONSOLE_SCREENSHOT_URL)
    string(APPEND WACONSOLE_METAINFO_URLS "  <screenshots>\n")
    foreach(shot IN ITEMS
            "text-light.png|A text message, its live checks and its preview"
            "conversations-1024x700-en-light.png|A customer's conversation with its ticks"
            "templates-filled-light.png|A template filled in beside its exact preview"
            "text-dark.png|The dark theme")
        string(REPLACE "|" ";" parts "${shot}")
        list(GET parts 0 file)
        list(GET parts 1 caption)
        if(NOT EXISTS ${PROJECT_SOURCE_DIR}/docs/screenshots/${file})
            message(FATAL_ERROR "docs/screenshots/${file} is named in the metainfo but missing")
        endif()
        set(type "")
        if(file STREQUAL "text-light.png")
            set(type " type=\"default\"")
        endif()
        string(APPEND WACONSOLE_METAINFO_URLS "    <screenshot${type}>\n"
            "      <caption>${caption}</caption>\n"
            "      <image>${WACONSOLE_SCREENSHOT_URL}/${file}</image>\n"
            "    </screenshot>\n")
    endforeach()
    string(APPEND WACONSOLE_METAINFO_URLS "  </screenshots>\n")
endif()
configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/waconsole.metainfo.xml.in
    ${generated}/${WACONSOLE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${generated}/${WACONSOLE_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The icon: the one SVG, and PNGs drawn from it at build time for menus that want pixels.
find_program(WACONSOLE_RSVG_CONVERT rsvg-convert REQUIRED)
set(icon ${PROJECT_SOURCE_DIR}/resources/icons/waconsole.svg)
set(pngs "")
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    set(png ${generated}/icons/${size}/${WACONSOLE_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${generated}/icons/${size}
        COMMAND ${WACONSOLE_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${icon}
        DEPENDS ${icon} VERBATIM)
    list(APPEND pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${icon} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${WACONSOLE_APP_ID}.svg)

# Manual pages, with the version filled in and compressed as Debian policy asks (-n: no name
# or time in the header, so that two builds give the same bytes).
set(manpages "")
foreach(page IN ITEMS waconsole waconsole-cli waconsole-sim)
    configure_file(${PROJECT_SOURCE_DIR}/docs/man/${page}.1 ${generated}/man/${page}.1 @ONLY)
    add_custom_command(OUTPUT ${generated}/man/${page}.1.gz
        COMMAND gzip -9nkf ${generated}/man/${page}.1
        DEPENDS ${generated}/man/${page}.1 VERBATIM)
    list(APPEND manpages ${generated}/man/${page}.1.gz)
    install(FILES ${generated}/man/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_target(waconsole_install_data ALL DEPENDS ${pngs} ${manpages})

install(FILES ${PROJECT_SOURCE_DIR}/resources/completion/waconsole-cli.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME waconsole-cli)
