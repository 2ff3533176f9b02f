# SPDX-License-Identifier: GPL-3.0-or-later
# Run by CPack after it has installed the project into its staging directory (CPACK_PRE_BUILD_SCRIPTS):
# adds the files only a Debian package has. The manual page is written by help2man from
# `frag792 --help` and `--version`, so the command line's text keeps its one home (CommandLine.cpp).
set(root "${CPACK_TEMPORARY_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}")
set(doc "${root}/share/doc/frag792")
set(program "${root}/bin/frag792")
if(NOT EXISTS "${program}")
    message(FATAL_ERROR "DebianFiles: ${program} was not staged")
endif()

# Plain copies: file(INSTALL) would put DESTDIR (CPack's staging directory) in front once more.
function(copy_to source target)
    get_filename_component(dir "${target}" DIRECTORY)
    file(MAKE_DIRECTORY "${dir}")
    file(COPY_FILE "${source}" "${target}")
    file(CHMOD "${target}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
endfunction()
copy_to("${CPACK_FRAG792_DEBIAN_DIR}/copyright" "${doc}/copyright")
copy_to("${CPACK_FRAG792_DEBIAN_DIR}/lintian-overrides" "${root}/share/lintian/overrides/frag792")

# gzip -9n: no name or time stamp in the header, so the same changelog gives the same bytes.
function(gzip_to source target)
    execute_process(COMMAND gzip -9n -c "${source}" OUTPUT_FILE "${target}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "DebianFiles: gzip ${source} failed (${rc})")
    endif()
    file(CHMOD "${target}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
endfunction()
gzip_to("${CPACK_FRAG792_CHANGELOG}" "${doc}/changelog.gz")

file(MAKE_DIRECTORY "${root}/share/man/man1")
set(manual "${CPACK_TEMPORARY_DIRECTORY}/frag792.1")
execute_process(
    COMMAND help2man --no-info --section=1 --name "troubleshoot L2TP/IPsec VPN Error 792 (blocked IP fragments)"
            --include "${CPACK_FRAG792_DEBIAN_DIR}/frag792.h2m" --output "${manual}" "${program}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "DebianFiles: help2man failed (${rc}); it is in scripts/install-deps.sh")
endif()
gzip_to("${manual}" "${root}/share/man/man1/frag792.1.gz")
file(REMOVE "${manual}")
