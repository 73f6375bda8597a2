# The one place for the settings every CaseDesk target shares.
function(casedesk_apply_settings target)
    target_compile_features(${target} PRIVATE cxx_std_20)
    set_target_properties(${target} PROPERTIES
        CXX_EXTENSIONS OFF
        AUTOMOC ON)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_USE_QSTRINGBUILDER
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    # Debian's hardening (dpkg-buildflags with hardening=+all): checked buffers, a stack
    # protector, and a read-only GOT bound at start-up.
    # (Not in a sanitized build: the sanitizers check the same accesses, and better.)
    if(NOT CASEDESK_SANITIZE)
        target_compile_definitions(${target} PRIVATE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    endif()
    target_compile_options(${target} PRIVATE -fstack-protector-strong -Werror=format-security)
    target_link_options(${target} PRIVATE -Wl,-z,relro -Wl,-z,now)
    if(CASEDESK_SANITIZE)
        # Every finding fails the test it happens in: UB does not just print and go on.
        target_compile_options(${target} PRIVATE -fsanitize=${CASEDESK_SANITIZE}
            -fno-omit-frame-pointer -fno-sanitize-recover=all)
        target_link_options(${target} PRIVATE -fsanitize=${CASEDESK_SANITIZE})
    endif()
    if(CASEDESK_FUZZ)
        # Coverage for libFuzzer in every library; only the fuzz targets link its main().
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
    if(CASEDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
