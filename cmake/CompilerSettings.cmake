# One interface target carries the warning flags and Qt definitions for every target.
add_library(waconsole_common INTERFACE)
target_compile_features(waconsole_common INTERFACE cxx_std_17)
target_compile_definitions(waconsole_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
target_compile_options(waconsole_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast
    # Qt 6.4's QSKIP("why") and QTEST_*MAIN leave their macros' variadic part empty, which
    # clang's -Wpedantic reports at each use: lines of CI log about Qt's macros, none about ours.
    $<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments>
    $<$<BOOL:${WACONSOLE_WERROR}>:-Werror>)

# Sanitizers apply to every target, Qt's headers included, so that what our code does with Qt's
# types is checked too. A finding stops the program (no recovery): a test cannot pass over one.
if(WACONSOLE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "WACONSOLE_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
    endif()
    set(WACONSOLE_SANITIZE ON)
    # Coverage for libFuzzer in every library (src/CMakeLists.txt) and in the fuzz targets, not
    # in the tests: the code under test is in the libraries, and the tests' own code only cost
    # CI an eighth more compile time for guidance no fuzzer uses. Executables without libFuzzer
    # still link, the sanitizer runtime answers the hooks.
    set(WACONSOLE_FUZZ_COVERAGE -fsanitize=fuzzer-no-link)
endif()
if(WACONSOLE_SANITIZE)
    # Line tables only: a finding's stack names file and line, at a fraction of -g's build time.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
        -fno-omit-frame-pointer $<IF:$<CXX_COMPILER_ID:Clang>,-gline-tables-only,-g1>)
    add_link_options(-fsanitize=address,undefined)
endif()
# LLVM's linker where clang builds, if it is there (scripts/install-deps.sh installs it): the
# sanitized tree links some 150 test programs against its static libraries, each in 0.6 s
# instead of GNU ld's 2.8.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    find_program(WACONSOLE_LLD NAMES ld.lld ld.lld-14)
    if(WACONSOLE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()

# No run path in what the build links. Every library of ours is static and Qt's are in the
# system's directories, so none is needed; yet CMake 3.25 joins one empty entry per resource
# object library into "-Wl,-rpath,::::", and an empty entry means the working directory: the
# loader then looked for each of Qt's libraries in whatever directory the console was started
# from (one that held a libQt6Core.so.6 would have had it run), a dozen failed opens per library.
set(CMAKE_SKIP_BUILD_RPATH ON)
set(CMAKE_SKIP_INSTALL_RPATH ON)
