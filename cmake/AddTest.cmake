# waconsole_add_test(<name> <source> LIBS <libs...> [TIMEOUT <seconds>])
# One executable per test file; every test runs offscreen with a timeout.
function(waconsole_add_test name source)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 60)
    endif()
    add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test waconsole_common)
    target_compile_definitions(${name} PRIVATE
        WACONSOLE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8")
endfunction()
