# Fails when a visible string is not translated in casedesk_zh_CN.ts or casedesk_en.ts, or when
# the sources hold a tr() string that the .ts files do not have yet.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(lang zh_CN en)
    file(COPY "${SOURCE_DIR}/translations/casedesk_${lang}.ts" DESTINATION "${WORK_DIR}")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none
        "${SOURCE_DIR}/app" "${SOURCE_DIR}/ui"
        -ts "${WORK_DIR}/casedesk_zh_CN.ts" "${WORK_DIR}/casedesk_en.ts"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}")
endif()
execute_process(
    COMMAND "${PYTHON}" "${SOURCE_DIR}/translations/ts_tool.py" check
        "${WORK_DIR}/casedesk_zh_CN.ts" "${WORK_DIR}/casedesk_en.ts"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Translations are incomplete (update with the casedesk_lupdate target, "
        "then translate; translations/ts_tool.py fill-en does English):\n${out}")
endif()
message(STATUS "translations complete")
