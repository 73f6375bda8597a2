#!/usr/bin/python3
"""The desktop citizen's papers, checked with the tools distributions use: the desktop file
(desktop-file-validate), the AppStream metainfo (appstreamcli validate), the man pages (man
--warnings, and every option of each program's --help is in its page) and the bash completion
(completing commands and options as bash would)."""
import os
import re
import subprocess
import sys
import unittest

SOURCE, BUILD = sys.argv.pop(1), sys.argv.pop(1)
PACKAGING = os.path.join(SOURCE, "packaging")
PROGRAMS = {
    "casedesk": os.path.join(BUILD, "app", "casedesk"),
    "casedesk-cli": os.path.join(BUILD, "app", "casedesk-cli"),
    "onestop-sim": os.path.join(BUILD, "platform-sim", "onestop-sim"),
}
ENV = dict(os.environ, LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")


def run(*args, env=None):
    return subprocess.run(args, capture_output=True, text=True, env=env or ENV)


class Desktop(unittest.TestCase):
    def test_desktop_file_is_valid(self):
        r = run("desktop-file-validate", os.path.join(PACKAGING, "casedesk.desktop"))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(r.stdout + r.stderr, "")

    def test_desktop_file_names_the_icon_viewer_and_types(self):
        text = open(os.path.join(PACKAGING, "casedesk.desktop"), encoding="utf-8").read()
        self.assertIn("\nIcon=casedesk\n", text)
        self.assertIn("Name[zh_CN]=", text)
        self.assertIn("Comment[zh_CN]=", text)
        self.assertRegex(text, r"MimeType=.*application/pdf;.*image/png;")
        self.assertIn("[Desktop Action viewer]\n", text)
        self.assertIn("Exec=casedesk --view %F", text)

    def test_metainfo_is_valid(self):
        r = run("appstreamcli", "validate", "--no-net",
                os.path.join(PACKAGING, "org.casedesk.CaseDesk.metainfo.xml"))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertNotRegex(r.stdout, r"(?m)^[EW]:")

    def test_metainfo_screenshots_are_in_the_repository(self):
        text = open(os.path.join(PACKAGING, "org.casedesk.CaseDesk.metainfo.xml"),
                    encoding="utf-8").read()
        shots = re.findall(r"screenshots/([a-z-]+\.png)</image>", text)
        self.assertGreaterEqual(len(shots), 2)
        for name in shots:
            path = os.path.join(SOURCE, "docs", "screenshots", name)
            self.assertTrue(os.path.isfile(path), path)
            with open(path, "rb") as f:
                self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n", path)


class ManPages(unittest.TestCase):
    def test_pages_render_without_warnings(self):
        for name in PROGRAMS:
            page = os.path.join(PACKAGING, "man", name + ".1")
            r = run("man", "--warnings", "-l", "-Tutf8", page)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stderr, "", page)

    def test_every_option_of_the_help_is_in_the_page(self):
        for name, binary in PROGRAMS.items():
            helptext = run(binary, "--help").stdout
            options = set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", helptext))
            self.assertGreater(len(options), 2, name)
            page = run("man", "-l", "-Tutf8", os.path.join(PACKAGING, "man", name + ".1"),
                       env=dict(ENV, MANWIDTH="200")).stdout
            page = re.sub(r".\x08", "", page).replace("\u2010", "-").replace("\u2212", "-")
            missing = sorted(o for o in options if o not in page)
            self.assertEqual(missing, [], name)

    def test_every_command_is_in_the_cli_page(self):
        helptext = run(PROGRAMS["casedesk-cli"], "--help").stdout
        commands = re.findall(r"(?m)^  ([a-z][a-z-]+)\s", helptext)
        self.assertGreater(len(commands), 15)
        page = run("man", "-l", "-Tutf8", os.path.join(PACKAGING, "man", "casedesk-cli.1"),
                   env=dict(ENV, MANWIDTH="200")).stdout
        page = re.sub(r".\x08", "", page).replace("\u2010", "-")
        for command in commands:
            self.assertRegex(page, r"(?m)^\s+" + re.escape(command) + r"\b", command)


class BashCompletion(unittest.TestCase):
    def complete(self, line):
        """What bash offers after `line` (the last word is being completed)."""
        script = f"""
            source /usr/share/bash-completion/bash_completion
            source {PACKAGING}/casedesk-cli.bash-completion
            PATH={os.path.dirname(PROGRAMS['casedesk-cli'])}:$PATH
            COMP_LINE={line!r}
            read -ra COMP_WORDS <<< "$COMP_LINE"
            [[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')
            COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
            COMP_POINT=${{#COMP_LINE}}
            _casedesk_cli casedesk-cli "${{COMP_WORDS[-1]}}" "${{COMP_WORDS[-2]}}"
            printf '%s\\n' "${{COMPREPLY[@]}}"
        """
        r = run("bash", "-c", script)
        self.assertEqual(r.returncode, 0, r.stderr)
        return r.stdout.split()

    def test_commands(self):
        self.assertEqual(self.complete("casedesk-cli ver"), ["verify-cache", "verify-notice"])
        self.assertEqual(self.complete("casedesk-cli verify-c"), ["verify-cache"])
        self.assertIn("sync", self.complete("casedesk-cli s"))

    def test_options_from_the_help(self):
        self.assertEqual(self.complete("casedesk-cli sync --verb"), ["--verbose"])
        self.assertIn("--working-days", self.complete("casedesk-cli deadline --wo"))

    def test_notice_kinds(self):
        self.assertEqual(self.complete("casedesk-cli notice c1 --kind acc"), ["acceptance"])

    def test_act_verbs_from_act_help(self):
        self.assertIn("preReview", self.complete("casedesk-cli act c1 pre"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
