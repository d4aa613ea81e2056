import Foundation
import Testing

@Suite("chronolex parse")
struct ParseCommandTests {
    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func outlineOfTheSeed() throws {
        let run = try CLI.run(["parse", CLI.seed, "--format", "outline"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 85)
        #expect(lines.map { $0.prefix { $0 != "\t" } }.filter { $0.hasPrefix("art. ") && !$0.contains(",") }.count == 31)
        #expect(lines.first == "art. 1\tDans l'article 1er de l'arrêté du Gouvernement du 22 mai 201…")
        #expect(lines.contains("art. 8, 2°, e)\tl'alinéa est complété par un 11° rédigé comme suit :"))
        let warnings = run.stderr.split(separator: "\n")
        #expect(warnings.count == 2)
        #expect(warnings[0].hasPrefix(CLI.seed + ":174: warning: Art. 20 ends with an instruction announcing a replacement text"))
        #expect(warnings[1] == CLI.seed + ":180: warning: closing quotation mark with no opening one; read as the end of a quotation")
    }

    @Test func errorsGoToStderrAllOfThemAndNothingToStdout() throws {
        let empty = try CLI.temporaryFile("empty.md", [])
        let bad = try CLI.temporaryFile("bad-date.md", Array("---\ndate: 2020-13-45\n---\n\n**Art. 1.** Texte.\n".utf8))
        let good = CLI.corpusActs[0]
        let run = try CLI.run(["parse", good, empty, bad])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == """
        \(empty): empty file: no text to read
        \(bad):2: front matter key 'date': '2020-13-45' is not a possible date

        """)
    }

    @Test func missingFileAndDirectory() throws {
        let run = try CLI.run(["parse", "/nonexistent/act.md", CLI.corpus])
        #expect(run.status == 1)
        #expect(run.stderr == "/nonexistent/act.md: no such file\n\(CLI.corpus): is a directory, not a file\n")
    }

    @Test func binaryInputIsOneClearLine() throws {
        let binary = try CLI.temporaryFile("image.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFF])
        let run = try CLI.run(["parse", binary])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "\(binary):1: binary data: NUL byte at offset 4; this is not a text file\n")
    }

    @Test func markdownTakesOneFile() throws {
        let run = try CLI.run(["parse", "--format", "markdown", CLI.corpusActs[0], CLI.corpusActs[1]])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--format markdown prints one act: give one file"))
    }

    @Test func jsonIsValidAndCarriesAddressesAndRanges() throws {
        let run = try CLI.run(["parse", "--format", "json", CLI.corpusActs[0]])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        #expect(object["schema"] as? String == "chronolex.act/1")
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect(metadata["numac"] as? String == "2015201234")
        #expect(metadata["kind"] as? String == "arrete-du-gouvernement")
        let body = try #require(object["body"] as? [[String: Any]])
        #expect(body.first?["type"] as? String == "division")
        let children = try #require(body.first?["children"] as? [[String: Any]])
        #expect(children.first?["address"] as? String == "art. 1")
        let range = try #require(children.first?["range"] as? [String: Any])
        #expect((range["start"] as? [String: Any])?["line"] as? Int == 18)
    }

    @Test func htmlHasOneAnchorPerUnitAndEscapesEverything() throws {
        let hostile = try CLI.temporaryFile("hostile.md", Array("""
        ---
        title-fr: "<script>alert(1)</script> Arrêté"
        url: "javascript:alert(1)"
        ---

        **Art. 1.** Les mots « "><img src=x onerror=alert(1)> » &amp; <b>gras</b>.

        1° <script>alert(2)</script>;

        """.utf8))
        let run = try CLI.run(["parse", "--format", "html", hostile])
        #expect(run.status == 0)
        let page = run.stdout
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>"))
        #expect(!page.contains("javascript:"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("&amp;amp;"))
        #expect(page.contains("id=\"art-1\""))
        #expect(page.contains("id=\"art-1-1\""))

        let corpus = try CLI.run(["parse", "--format", "html", CLI.corpusActs[0]])
        #expect(corpus.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(corpus.stdout.contains("id=\"art-3-par-1\""))
        #expect(corpus.stdout.contains("id=\"art-3-par-1-al-1-1\""))
        #expect(corpus.stdout.contains("Arrêté du Gouvernement relatif aux bibliothèques publiques"))
    }

    @Test func textPrintsTheActAsPublished() throws {
        let run = try CLI.run(["parse", "--format", "text", CLI.corpusActs[0]])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("12 MARS 2015. - Arrêté du Gouvernement relatif aux bibliothèques publiques\n\nCHAPITRE 1er. - Dispositions générales\n\nArticle 1er. Le présent arrêté"))
        #expect(run.stdout.contains("\nArt. 3. § 1er. Pour être reconnue"))
    }

    @Test func largeInputsWork() throws {
        // A 20 MB single line and 60,000 articles: read, not rejected.
        let line = try CLI.temporaryFile("line.md", Array(("**Art. 1.** " + String(repeating: "mot ", count: 5_000_000) + "fin.\n").utf8))
        let long = try CLI.run(["parse", "--no-excerpt", line])
        #expect(long.status == 0)
        #expect(long.stdout == "art. 1\n")
        var many = ""
        for n in 1...60_000 { many += "**Art. \(n).** Texte de l'article \(n).\n\n" }
        let manyPath = try CLI.temporaryFile("many.md", Array(many.utf8))
        let run = try CLI.run(["parse", "--no-excerpt", manyPath])
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").count == 60_000)
    }
}

@Suite("Determinism: the same input gives the same bytes")
struct DeterminismTests {
    @Test(arguments: ["outline", "json", "markdown", "text", "html"])
    func everyFormatTwice(_ format: String) throws {
        for act in CLI.corpusActs {
            let first = try CLI.run(["parse", "--format", format, act])
            let second = try CLI.run(["parse", "--format", format, act])
            #expect(first.status == 0)
            #expect(first.stdoutBytes == second.stdoutBytes, "\(format) of \(act) differs between two runs")
            #expect(!first.stdoutBytes.isEmpty)
        }
    }
}

/// Issue 17: what a new user gives by mistake is named, with what to give instead.
@Suite("Inputs that are not acts")
struct NotActsTests {
    @Test(arguments: [([UInt8]("%PDF-1.7\n%\u{E2}\u{E3}".utf8), "a PDF file, not a text"),
                      ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "a Word document (.docx) or another zip archive"),
                      ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], "a Word document (.doc)"),
                      ([UInt8]("{\\rtf1\\ansi Art. 1er.}".utf8), "an RTF document")])
    func formatsByTheirSignatures(_ bytes: [UInt8], _ said: String) throws {
        let file = try CLI.temporaryFile("not-an-act-\(said.hashValue)", bytes)
        let run = try CLI.run(["parse", file])
        #expect(run.status == 1)
        #expect(run.stderr.contains(said), "\(run.stderr)")
        #expect(run.stderr.contains("save the act's page from Justel"))
    }

    /// A Justel page saved by a browser starts with `<!-- saved from url=… -->`.
    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func aPageSavedByABrowser() throws {
        let page = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/fedris-ar-2007/2007022782.v005-2024.justel-2024-layout.html")
        let saved = Array("<!-- saved from url=(0071)https://www.ejustice.just.fgov.be/eli/arrete/2007/05/17/2007022782/justel -->\n".utf8) + [UInt8](try Data(contentsOf: page))
        let file = try CLI.temporaryFile("saved.html", saved)
        let run = try CLI.run(["parse", file, "--format", "outline"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("art. 1"))
    }

    @Test func missingFilesAndEmptyFolders() throws {
        let explain = try CLI.run(["explain", CLI.corpus, "/nonexistent.md"])
        #expect(explain.status == 1)
        #expect(explain.stderr.contains("/nonexistent.md: no such file or directory"))
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-empty-\(getpid())")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let consolidate = try CLI.run(["consolidate", empty.path])
        #expect(consolidate.status == 1)
        #expect(consolidate.stderr.contains("no act in the input: no .md, .txt or .html file of an act was found there"))
    }

    @Test func versionAndDatesBeforeTheAct() throws {
        let version = try CLI.run(["--version"])
        #expect(version.stdout.hasPrefix("chronolex "))
        let early = try CLI.run(["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2010-01-01"])
        #expect(early.status == 1)
        #expect(early.stdout.isEmpty)
        #expect(early.stderr.contains("the act is not in force on 2010-01-01: it is in force from 2015-05-01"))
    }

    @Test func checkAgainstAnotherAct() throws {
        let run = try CLI.run(["check", CLI.corpus, "--act", "2015201234", "--against", CLI.corpus + "/2016-aires-de-jeux.md"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the official text is act 2016202345, not act 2015201234"))
    }
}

@Suite("Options every command shares")
struct SharedOptionsTests {
    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func quietLeavesWarningsOut() throws {
        let loud = try CLI.run(["parse", CLI.seed, "--format", "outline"])
        let quiet = try CLI.run(["parse", CLI.seed, "--format", "outline", "--quiet"])
        #expect(loud.stderr.contains("warning:"))
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        #expect(quiet.stdout == loud.stdout)
    }

    /// What `--keep-going` skipped is not a mere warning: `--quiet` still says it; errors too.
    @Test func quietStillSaysWhatWasSkippedAndWhatFailed() throws {
        let base = try CLI.temporaryFile("base.md", Array("""
        ---
        title-fr: "Arrêté du Gouvernement relatif aux essais"
        date: 2020-03-01
        number: 2020200001
        publication: 2020-03-10
        ---

        **Art. 1er.** Le ministre agrée les essais dans les trente jours.
        """.utf8))
        let amending = try CLI.temporaryFile("amend.md", Array("""
        ---
        title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
        date: 2020-06-01
        number: 2020200100
        publication: 2020-06-10
        modifies: 2020200001
        ---

        **Art. 1er.** Dans l'article 1er, le mot « soixante » est remplacé par le mot « septante ».
        """.utf8))
        let skipped = try CLI.run(["consolidate", base, amending, "--at", "2021-01-01", "--keep-going", "--quiet"])
        #expect(skipped.status == 0)
        #expect(skipped.stderr == "\(amending):9: warning: Art. 1: skipped: words « soixante » not found in art. 1 on 2020-06-20\n")
        let failed = try CLI.run(["explain", base, amending, "--quiet"])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("→ words not found"))
    }

    @Test func explainAsKnownOnADate() throws {
        let run = try CLI.run(["explain", CLI.corpus, "--act", "2015201234", "--as-known-on", "2020-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let of2017 = lines.filter { $0.contains("2017-bibliotheques-modification.md:") }
        let of2022 = lines.filter { $0.contains("2022-bibliotheques-pret-numerique.md:") }
        #expect(!of2017.isEmpty && of2017.allSatisfy { $0.contains("→ applied") })
        #expect(!of2022.isEmpty && of2022.allSatisfy { $0.hasSuffix("→ not yet published on the as-known-on date") })
    }

    @Test(arguments: [
        ("2021-02-30", "2021-02-30 is not a day of the calendar"),
        ("2023-02-29", "2023-02-29 is not a day of the calendar"),
        ("31/04/2021", "31/04/2021 is not a day of the calendar"),
        ("tomorrow", "tomorrow is not a date: write 2021-06-01, 01/06/2021 or \"1 juin 2021\""),
        ("2021-13-01", "2021-13-01 is not"),
    ])
    func datesSayWhyTheyAreRefused(_ date: String, _ said: String) throws {
        for arguments in [["consolidate", CLI.corpus, "--act", "2015201234", "--at", date],
                          ["explain", CLI.corpus, "--as-known-on", date],
                          ["diff", CLI.corpus, "--act", "2015201234", "--from", date, "--to", "2023-01-01"]] {
            let run = try CLI.run(arguments)
            #expect(run.status != 0)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains(said), "\(arguments): \(run.stderr)")
        }
    }

    /// Every JSON document says its schema first, so that a program reading it knows what it reads.
    @Test func everyJSONSaysItsSchemaFirst() throws {
        let cases: [([String], String)] = [
            (["parse", CLI.corpus + "/2015-bibliotheques.md", "--format", "json"], "chronolex.act/1"),
            (["edits", CLI.corpus + "/2017-bibliotheques-modification.md", "--format", "json"], "chronolex.edits/1"),
            (["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2020-01-01", "--format", "json"], "chronolex.consolidation/1"),
            (["history", CLI.corpus, "--act", "2015201234", "--article", "14", "--format", "json"], "chronolex.history/1"),
            (["explain", CLI.corpus, "--act", "2015201234", "--format", "json"], "chronolex.explain/1"),
            (["diff", CLI.corpus, "--act", "2015201234", "--from", "2019-06-01", "--to", "2023-01-01", "--format", "json"], "chronolex.diff/1"),
            (["check", CLI.corpus, "--act", "2015201234", "--against", CLI.root.path + "/docs/examples/bibliotheques-2023-01-01.md",
              "--at", "2023-01-01", "--format", "json"], "chronolex.check/1"),
        ]
        for (arguments, schema) in cases {
            let run = try CLI.run(arguments)
            #expect(run.stdout.hasPrefix("{\"schema\":\"\(schema)\","), "\(arguments): \(run.stderr)")
            let pretty = try CLI.run(arguments + ["--pretty"])
            #expect(pretty.stdout.hasPrefix("{\n  \"schema\": \"\(schema)\","), "\(arguments) --pretty: \(pretty.stderr)")
            let object = try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any]
            #expect(object?["schema"] as? String == schema)
            if schema == "chronolex.check/1" { #expect(object?["editDistance"] is NSNumber) }
        }
    }
}
