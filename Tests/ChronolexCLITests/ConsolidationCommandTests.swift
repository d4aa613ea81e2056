import Foundation
import Testing

@Suite("chronolex consolidate, history, explain, edits")
struct ConsolidationCommandTests {
    @Test func consolidateOneArticleAtThreeDates() throws {
        let before = try CLI.run(["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2017-12-31", "--article", "10"])
        #expect(before.status == 0)
        #expect(before.stdout == """
        Art. 10. Le ministre statue sur la demande de reconnaissance dans les trente jours de la réception de l'avis du Conseil des bibliothèques. La décision est notifiée au pouvoir organisateur par envoi recommandé.
        La reconnaissance prend effet le 1er janvier de l'année qui suit la décision.

        """)
        let after = try CLI.run(["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2023-01-01", "--article", "10"])
        #expect(after.stdout.hasPrefix("Art. 10. § 1er. Le ministre statue"))
        #expect(after.stdout.contains("avis du Comité des bibliothèques"))
        #expect(after.stdout.contains("\n§ 2. Le refus de reconnaissance est motivé."))
        // The summary of edits aimed at the other base act goes to stderr.
        #expect(after.stderr.contains("edit(s) aimed at 1 other act(s)"))
        let repealed = try CLI.run(["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2020-01-01", "--article", "5"])
        #expect(repealed.stdout == "Art. 5. (Abrogé)\n")
    }

    @Test func asKnownOnShowsWhatCouldBeReadThatDay() throws {
        let valid = try CLI.run(["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2020-10-01", "--article", "10"])
        let known = try CLI.run(["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2020-10-01", "--as-known-on", "2021-01-15", "--article", "10"])
        #expect(valid.stdout.contains("§ 2. Le refus"))
        #expect(!known.stdout.contains("§ 2."))
    }

    /// A new text that does not hold the unit its instruction announces (« complété par un
    /// item » then words without a label) is found when the edit is applied: `consolidate`
    /// said nothing and exited 0, the article printed without it (only `explain` told).
    @Test func aNewTextThatHoldsNoUnitIsAnError() throws {
        let base = try CLI.temporaryFile("unit-base.md", Array("""
        ---
        title-fr: "Arrêté du Gouvernement relatif aux essais"
        date: 2020-03-01
        number: 2020200001
        publication: 2020-03-10
        starts: 2020-04-01
        ---

        **Article 1er.** Pour l'application du présent arrêté, on entend par :

        « essai » : une épreuve.

        **Art. 2.** Le ministre agrée les essais.

        """.utf8))
        let amending = try CLI.temporaryFile("unit-amending.md", Array("""
        ---
        title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
        date: 2020-06-01
        number: 2020200100
        publication: 2020-06-10
        modifies: 2020200001
        ---

        **Article 1er.** L'article 1er du même arrêté est complété par un item rédigé comme suit : « loi : la loi du 23 mars 2020. ».

        """.utf8))
        let run = try CLI.run(["consolidate", base, amending, "--act", "2020200001", "--at", "2021-01-01"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("unit-amending.md:9: Art. 1: the new text of point holds no point"), "\(run.stderr)")
        // Scoped: article 2 is not touched by it.
        let other = try CLI.run(["consolidate", base, amending, "--act", "2020200001", "--at", "2021-01-01", "--article", "2"])
        #expect(other.status == 0, "\(other.stderr)")
    }

    @Test func twoBaseActsNeedAnAct() throws {
        let run = try CLI.run(["consolidate", CLI.corpus, "--at", "2020-01-01"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("2 base acts in the input; choose one with --act NUMAC"))
    }

    /// An amending act given without the act it amends: one line, at the first
    /// instruction, naming the act that is missing.
    @Test func amendingActWithoutItsBaseAct() throws {
        let amending = CLI.corpus + "/2017-bibliotheques-modification.md"
        for command in ["consolidate", "history"] {
            let run = try CLI.run([command, amending] + (command == "consolidate" ? ["--at", "2020-01-01"] : []))
            #expect(run.status == 1)
            #expect(run.stdout.isEmpty)
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(lines.first?.hasPrefix(amending + ":") == true, "\(run.stderr)")
            #expect(run.stderr.contains(":18: Art. 1, 1°: the act it amends, arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques (numac 2015201234), is not among the files given"), "\(run.stderr)")
        }
    }

    @Test func everyFormatOfTheCorpus() throws {
        for format in ["text", "markdown", "json", "justel", "html"] {
            let run = try CLI.run(["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2024-01-01", "--format", format])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect(!run.stdout.isEmpty)
        }
        let json = try CLI.run(["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2024-01-01", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        #expect(object["schema"] as? String == "chronolex.consolidation/1")
        let justel = try CLI.run(["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2024-01-01", "--format", "justel", "--article", "2"])
        #expect(justel.stdout.contains("6° équivalent temps plein : une unité de personnel qui preste [1 trente-six]1 heures par semaine;"))
        #expect(justel.stdout.contains("(1)<ACG 2017-11-09/14, art. 1, 001; En vigueur : 01-01-2018>"))
    }

    @Test func markdownOfAConsolidationReadsBack() throws {
        let markdown = try CLI.run(["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2024-01-01", "--format", "markdown"])
        let path = try CLI.temporaryFile("consolidated.md", Array(markdown.stdoutBytes))
        let again = try CLI.run(["parse", "--format", "markdown", path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == markdown.stdout)
    }

    @Test func historyOfOneArticle() throws {
        let run = try CLI.run(["history", CLI.corpus, "--act", "2015201234", "--article", "10"])
        #expect(run.status == 0)
        let headers = run.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(headers == [
            "2015-05-01 – 2017-12-31  base act, published 2015-04-02",
            "2018-01-01 – 2020-08-31  arrêté du Gouvernement du 9 novembre 2017 (2017-11-09/14), art. 5, published 2017-12-05",
            "2020-09-01 – 2022-12-31  décret du 7 décembre 2020 (2020-12-07/18), art. 1, published 2021-02-15, retroactive",
            "2023-01-01 – …  arrêté du Gouvernement du 15 décembre 2022 (2022-12-15/22), art. 7, published 2022-12-29",
        ])
    }

    @Test func explainSaysWhatEachInstructionDid() throws {
        let run = try CLI.run(["explain", "Corpus"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        // 66 instructions, two of which do two things ("dont le texte actuel formera le § 1er …").
        #expect(lines.count == 68)
        #expect(lines.contains { $0.hasSuffix("→ pending: à une date fixée par le Gouvernement") })
        #expect(lines.first == "Corpus/2017-bibliotheques-modification.md:18: art. 1, 1°: insert 2/1° in art. 2 [2018-01-01] → applied to art. 2")
    }

    @Test func explainAndConsolidateReportFailuresWithTheirInstruction() throws {
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

        **Art. 2.** Dans l'article 9, le mot « trente » est remplacé par le mot « quarante ».
        """.utf8))
        let explain = try CLI.run(["explain", base, amending])
        #expect(explain.status == 1)
        #expect(explain.stdout.contains("→ words not found: words « soixante » not found in art. 1"))
        #expect(explain.stdout.contains("→ target not found: art. 9 does not exist in the act on 2020-06-20"))
        let consolidate = try CLI.run(["consolidate", base, amending, "--at", "2021-01-01"])
        #expect(consolidate.status == 1)
        #expect(consolidate.stdout.isEmpty)
        #expect(consolidate.stderr.contains("\(amending):9: Art. 1: words « soixante » not found in art. 1 on 2020-06-20\n"))
        #expect(consolidate.stderr.contains("\(amending):11: Art. 2: art. 9 does not exist in the act on 2020-06-20\n"))
        let keepGoing = try CLI.run(["consolidate", base, amending, "--at", "2021-01-01", "--keep-going"])
        #expect(keepGoing.status == 0)
        #expect(keepGoing.stdout.contains("dans les trente jours"))
        #expect(keepGoing.stderr.contains("\(amending):9: warning: Art. 1: skipped: words « soixante » not found in art. 1"))
        // The JSON says what it skipped too (a reader of stdout alone was shown art. 1 as if
        // complete); asked for one article, only what concerns it; nothing skipped, no member.
        let json = try CLI.run(["consolidate", base, amending, "--at", "2021-01-01", "--keep-going", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        let skipped = try #require(object["skipped"] as? [[String: Any]])
        #expect(skipped.map { "\($0["file"] ?? ""):\($0["line"] ?? ""): \($0["source"] ?? ""): \($0["message"] ?? "")" }
                == ["\(amending):9: Art. 1: words « soixante » not found in art. 1 on 2020-06-20",
                    "\(amending):11: Art. 2: art. 9 does not exist in the act on 2020-06-20"])
        let one = try CLI.run(["consolidate", base, amending, "--at", "2021-01-01", "--keep-going", "--format", "json", "--article", "1"])
        let oneObject = try #require(try JSONSerialization.jsonObject(with: one.stdoutBytes) as? [String: Any])
        #expect((oneObject["skipped"] as? [[String: Any]])?.count == 1)
        let clean = try CLI.run(["consolidate", base, "--at", "2021-01-01", "--keep-going", "--format", "json"])
        let cleanObject = try #require(try JSONSerialization.jsonObject(with: clean.stdoutBytes) as? [String: Any])
        #expect(cleanObject["skipped"] == nil)
    }

    @Test func editsOfTheSeed() throws {
        guard CLI.sharedIsPresent else { return }
        let run = try CLI.run(["edits", "--format", "json", CLI.seed])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        #expect((object["edits"] as? [Any])?.count == 66)
    }
}

extension DeterminismTests {
    @Test(arguments: [
        ["consolidate", "Corpus", "--act", "2015201234", "--at", "2024-01-01", "--format", "justel"],
        ["consolidate", "Corpus", "--act", "2016202345", "--at", "2024-06-01", "--format", "json"],
        ["consolidate", "Corpus", "--act", "2015201234", "--at", "2024-01-01", "--format", "html"],
        ["history", "Corpus", "--act", "2015201234", "--format", "json"],
        ["explain", "Corpus", "--format", "json"],
        ["edits", "Corpus/2022-bibliotheques-pret-numerique.md", "--format", "json"],
    ])
    func commandTwice(_ arguments: [String]) throws {
        let first = try CLI.run(arguments)
        let second = try CLI.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stdoutBytes.isEmpty)
        #expect(first.stdoutBytes == second.stdoutBytes)
        #expect(first.stderr == second.stderr)
    }
}

@Suite("chronolex diff between two dates of a timeline")
struct TimelineDiffCommandTests {
    @Test func changesCarryTheirAmendingActs() throws {
        let run = try CLI.run(["diff", "Corpus", "--act", "2015201234", "--from", "2019-06-01", "--to", "2023-01-01", "--article", "9", "--color", "never"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("--- 1er juin 2019\n+++ 1er janvier 2023\n"))
        #expect(run.stdout.contains("@@ art. 9, al. 1 (changed)\nIl est institué un [-Conseil-]{+Comité+} des bibliothèques, composé de [-sept-]{+neuf+} membres"))
        #expect(run.stdout.contains("  <- ACG 2022-12-15/22, art. 3; effective 2023-01-01; published 2022-12-29"))
        #expect(!run.stdout.contains("no attribution"))
    }

    @Test func anUntouchedArticleDoesNotAppear() throws {
        let run = try CLI.run(["diff", "Corpus", "--act", "2015201234", "--from", "2019-06-01", "--to", "2023-01-01", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        let addresses = changes.compactMap { ($0["newAddress"] as? String) ?? ($0["oldAddress"] as? String) }
        #expect(addresses.contains("art. 9, al. 1"))
        // Art. 1 was never amended: it is in no change.
        #expect(!addresses.contains { $0 == "art. 1" || $0.hasPrefix("art. 1,") })
        #expect(changes.allSatisfy { !(($0["attribution"] as? [Any]) ?? []).isEmpty })
    }

    @Test func everyVersionOfOneArticle() throws {
        let run = try CLI.run(["diff", "Corpus", "--act", "2015201234", "--timeline", "--article", "10", "--color", "never"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: "\n--- ").count == 3) // three changes of version after the first
        #expect(run.stdout.contains("--- 1er mai 2015\n+++ 1er janvier 2018"))
        #expect(run.stdout.contains("{+ou par voie électronique+}"))
    }

    @Test func datesInTheWrongOrderAreRefused() throws {
        let run = try CLI.run(["diff", "Corpus", "--from", "2023-01-01", "--to", "2019-06-01"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--from must be before --to"))
    }
}

@Suite("chronolex check against Justel's consolidation")
struct CheckCommandTests {
    static let fedris = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/fedris-ar-2007").path

    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func fedrisAfterTheReformOf2024() throws {
        let run = try CLI.run(["check", Self.fedris + "/2007022782.v004-2018.md", Self.fedris + "/2024201246.amending.md",
                               "--against", Self.fedris + "/2007022782.v005-2024.md"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
        check: 2007022782 on 2024-04-25 as known on 2024-04-15 against \(Self.fedris)/2007022782.v005-2024.md
        23 of 23 articles identical
        normalised edit distance (words): 0.0000

        """)
        // Justel's own slip ("travail]2[1 ou") is said, not silently mended.
        #expect(run.stderr.contains("warning: Justel markers join two words"))
    }

    /// The same check from Justel's pages: the 2018 page (old layout) as the base, the 2024
    /// page (2024 layout, its charset declared wrong) as the official text.
    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func fedrisFromJustelsPages() throws {
        let official = Self.fedris + "/2007022782.v005-2024.justel-2024-layout.html"
        let run = try CLI.run(["check", Self.fedris + "/2007022782.v004-2018.justel-old-layout.html", Self.fedris + "/2024201246.amending.md",
                               "--against", official])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
        check: 2007022782 on 2024-04-25 as known on 2024-04-15 against \(official)
        23 of 23 articles identical
        normalised edit distance (words): 0.0000

        """)
    }

    /// Set A: instructions the consolidated text does not let Chronolex apply stop the check,
    /// unless --keep-going, which lists them ("skipped") and compares the rest.
    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func keepGoingComparesWhatCouldBeApplied() throws {
        let accueil = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/accueil-cg-2014").path
        let arguments = ["check", accueil + "/2014203567.v007-2023.md", accueil + "/2024204469.amending.md", accueil + "/2024204588.amending.md",
                         "--against", accueil + "/2014203567.v008-2024.md"]
        let stopped = try CLI.run(arguments)
        #expect(stopped.status == 1)
        #expect(stopped.stdout.isEmpty)
        let run = try CLI.run(arguments + ["--keep-going"])
        #expect(run.status == 1) // seven articles diverge, 29.3 among them (v008 lags behind 2024204588)
        #expect(run.stdout.contains("64 of 71 articles identical"))
        // The summary says what was left unapplied (look 31: only stderr did).
        #expect(run.stdout.contains("64 of 71 articles identical; 3 error(s) left instructions unapplied (--keep-going, listed on standard error): the text compared lacks what they change\n"))
        let json = try CLI.run(arguments + ["--keep-going", "--format", "json"])
        #expect(json.stdout.contains("\"notApplied\":3"))
        // Three instructions cannot be applied (art. 8 and 32: line breaks lost in v007); the
        // four on the enumerations v007 prints on one line now apply, with a warning.
        #expect(run.stderr.components(separatedBy: ": skipped: ").count - 1 == 3)
    }

    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func withoutTheAmendingActItDiverges() throws {
        let run = try CLI.run(["check", Self.fedris + "/2007022782.v004-2018.md",
                               "--against", Self.fedris + "/2007022782.v005-2024.md", "--format", "json"])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        #expect(object["articles"] as? Int == 23)
        #expect((object["identical"] as? Int ?? 99) < 23)
        #expect(((object["divergent"] as? [String]) ?? []).contains("art. 1"))
    }
}

/// Issue 17, point 1: a Justel state is a text as of its update date. Before an article's
/// last change the text is not in the input: said, never guessed.
@Suite("A Justel state before its own changes")
struct EarlierTextCommandTests {
    static let state = CheckCommandTests.fedris + "/2007022782.v004-2018.md"

    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func anArticleChangedLaterIsRefusedWithItsReason() throws {
        let run = try CLI.run(["consolidate", Self.state, "--at", "2010-01-01", "--article", "2"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("2007022782.v004-2018.md:38: the text of art. 2 before 2018-06-08 is not in the input: Justel's state of 2018-05-29 shows it as changed by AR 2018-03-11/10, art. 2 (in force 2018-06-08)"))
    }

    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func anArticleJustelShowsUnchangedIsGiven() throws {
        let run = try CLI.run(["consolidate", Self.state, "--at", "2010-01-01", "--article", "4"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Art. 4. Le programme de prévention comprend :"))
        #expect(!run.stderr.contains("skipped"))
    }

    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func keepGoingMarksTheMissingTexts() throws {
        let stopped = try CLI.run(["consolidate", Self.state, "--at", "2010-01-01"])
        #expect(stopped.status == 1)
        let run = try CLI.run(["consolidate", Self.state, "--at", "2010-01-01", "--keep-going"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Art. 2. (Texte antérieur au 8 juin 2018 absent des textes donnés : Justel le montre tel que modifié par AR 2018-03-11/10, art. 2.)"))
        #expect(run.stdout.contains("Art. 4. Le programme de prévention comprend :"))
        #expect(run.stderr.contains(":38: warning: skipped: the text of art. 2 before 2018-06-08"))
        // On the state's own date, nothing is missing.
        let now = try CLI.run(["consolidate", Self.state, "--at", "2018-06-08"])
        #expect(now.status == 0, "\(now.stderr)")
        #expect(!now.stdout.contains("absent des textes donnés"))
    }
}

/// Issue 17, point 2: a folder holding two Justel states of one act and the acts between
/// them is one timeline: the earlier state is the base, the later one a checkpoint.
@Suite("Versions of one act as checkpoints (CLI)")
struct CheckpointCommandTests {
    static let accueil = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/accueil-cg-2014").path

    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func aFolderOfVersionsJustWorks() throws {
        let run = try CLI.run(["consolidate", Self.accueil, "--at", "2024-11-01", "--article", "3"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Art. 3. Conformément à l'article 6 du décret"))
        #expect(!run.stderr.contains("choose one"))
        // The whole act: the seven divergences of Justel's 2024 state, each said once.
        let all = try CLI.run(["consolidate", Self.accueil, "--at", "2024-11-01", "--keep-going"])
        #expect(all.status == 0)
        let checkpoints = all.stderr.split(separator: "\n").filter { $0.contains("warning: checkpoint: Justel's state of 2024-10-22 art. ") }
        #expect(checkpoints.count == 7)
        #expect(checkpoints.contains { $0.contains("art. 29.3 reads otherwise than the consolidation on 2024-10-22: Justel has « 21 961,93 » where Chronolex has « 22 525,059 »") })
    }

    /// A folder and a file in it: the file is read once, not taken for a second text of its act.
    @Test func aFileNamedTwiceIsReadOnce() throws {
        let run = try CLI.run(["consolidate", CLI.corpus, CLI.corpus + "/2015-bibliotheques.md", "--act", "2015201234", "--at", "2024-01-01", "--article", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Article 1er."))
    }

    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func historyAndExplainSeeOneAct() throws {
        let history = try CLI.run(["history", Self.accueil, "--article", "8", "--keep-going"])
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.hasPrefix("checkpoint: Justel's state of 2024-10-22 (\(Self.accueil)/2014203567.v008-2024.md): art. 8 reads otherwise than the consolidation on 2024-10-22\n"))
        // Every instruction explained once, against the earlier state: the three that fail, not 34.
        let explain = try CLI.run(["explain", Self.accueil])
        let failed = explain.stdout.split(separator: "\n").filter { !$0.contains("→ applied") && !$0.contains("→ aimed at another act") && !$0.contains("→ nothing to do") }
        #expect(failed.count == 3, "\(failed)")
    }
}

/// Issue 13, class 7: an error that cannot affect the answer asked for is counted in one
/// line, not a failure; one that can (or whose reach is unknown) still stops it.
@Suite("Errors scoped to what they affect")
struct ScopedErrorTests {
    static func amending(_ body: String) throws -> String {
        try CLI.temporaryFile("2023-scoped-\(abs(body.hashValue)).md", Array("""
        ---
        title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques et le décret du 20 juin 2016 relatif aux aires de jeux publiques"
        date: 2023-03-01
        number: 2023201111
        publication: 2023-03-10
        ---

        \(body)

        **Art. 9.** Le présent arrêté entre en vigueur le 1er avril 2023.

        """.utf8))
    }

    @Test func anErrorInAnotherArticleDoesNotStopTheArticleAskedFor() throws {
        let file = try Self.amending("""
        **Article 1er.** Dans l'article 9 de l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques, les mots « onze membres » sont remplacés par les mots « neuf membres ».

        **Art. 2.** Dans l'article 4 du même arrêté, le mot « cinq » est remplacé par le mot « six ».
        """)
        let base = CLI.corpus + "/2015-bibliotheques.md"
        let asked = try CLI.run(["consolidate", base, file, "--at", "2023-06-01", "--article", "4"])
        #expect(asked.status == 0, "\(asked.stderr)")
        #expect(asked.stdout.contains("au moins six pour cent"))
        #expect(asked.stderr.contains("1 error(s) in instructions aimed at other articles: they do not affect art. 4"))
        #expect(!asked.stderr.contains("onze membres"))
        // The article the error is about, and the whole act, still fail.
        let affected = try CLI.run(["consolidate", base, file, "--at", "2023-06-01", "--article", "9"])
        #expect(affected.status == 1)
        #expect(affected.stderr.contains("Art. 1: words « onze membres » not found in art. 9"))
        let whole = try CLI.run(["consolidate", base, file, "--at", "2023-06-01"])
        #expect(whole.status == 1)
        #expect(whole.stdout.isEmpty)
    }

    @Test func anErrorInAnInstructionAimedAtAnotherActIsCounted() throws {
        let file = try Self.amending("""
        **Article 1er.** Dans l'article 3 du décret du 20 juin 2016 relatif aux aires de jeux publiques, les mots « A » sont remplacés par.

        **Art. 2.** Dans l'article 4 de l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques, le mot « cinq » est remplacé par le mot « six ».
        """)
        let run = try CLI.run(["consolidate", CLI.corpus + "/2015-bibliotheques.md", file, "--at", "2023-06-01", "--article", "4"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("1 error(s) in instructions aimed at other acts: they do not affect this act"))
    }

    @Test func anErrorWhoseTargetIsUnknownStillStops() throws {
        let file = try Self.amending("""
        **Article 1er.** Dans l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques, les mots « bibliothèque publique » sont modifiés.

        **Art. 2.** Dans l'article 4 du même arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques, le mot « cinq » est remplacé par le mot « six ».
        """)
        let run = try CLI.run(["consolidate", CLI.corpus + "/2015-bibliotheques.md", file, "--at", "2023-06-01", "--article", "4"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("Art. 1: matches no known instruction form"))
    }
}

/// Issue 15: the acts come from an index, by numac.
@Suite("Commands on an index (--corpus)")
struct CorpusCommandTests {
    static func index(_ inputs: [String]) throws -> String {
        let db = try CLI.temporaryFile("index-\(UUID().uuidString).sqlite", [])
        try FileManager.default.removeItem(atPath: db)
        let run = try CLI.run(["index"] + inputs + ["--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        return db
    }

    @Test func theSameTextAsNamingTheFiles() throws {
        let db = try Self.index([CLI.corpus])
        let named = try CLI.run(["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2024-01-01"])
        let found = try CLI.run(["consolidate", "--corpus", db, "--act", "2015201234", "--at", "2024-01-01"])
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout == named.stdout)
        #expect(found.stderr.contains("2015201234: "))
        #expect(found.stderr.contains("with 5 amending act(s):"))
        let acts = try CLI.run(["acts", "--corpus", db, "--amending", "2016202345"])
        #expect(acts.stdout.split(separator: "\n").map { $0.prefix(10) } == ["2018202871", "2021200417", "2024201588"])
    }

    /// A folder given through a symbolic link is indexed; a mistyped one is an error that
    /// leaves the index as it was (it must not take out the acts "gone").
    @Test func aLinkedFolderIsReadAndAMissingOneLeavesTheIndexAlone() throws {
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-link-\(UUID().uuidString)").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: CLI.corpus)
        defer { try? FileManager.default.removeItem(atPath: link) }
        let db = try Self.index([link])
        let listed = try CLI.run(["acts", "--corpus", db, "--numac", "2015201234"])
        #expect(listed.stdout.contains("2015201234"), "\(listed.stderr)")
        let missing = try CLI.run(["index", link + "-mistyped", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("-mistyped: no such file or directory: nothing indexed, the index is unchanged"))
        #expect(try CLI.run(["acts", "--corpus", db, "--numac", "2015201234"]).stdout == listed.stdout)
    }

    /// A Justel state and an act published after it: Justel's text, plus that act.
    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func whatJustelHasNotCaughtUpWith() throws {
        let set = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/triples-2024/famifed-ar-2019").path
        let base = set + "/2019201546.v002-2020.md", amending = set + "/2024200597.amending.md"
        let db = try Self.index([base, amending])
        let named = try CLI.run(["consolidate", base, amending, "--at", "2024-02-09", "--keep-going"])
        let found = try CLI.run(["consolidate", "--corpus", db, "--act", "2019201546", "--at", "2024-02-09", "--keep-going"])
        #expect(found.stdout == named.stdout)
        #expect(found.stderr.contains("2019201546: Justel's state of 2020-12-31"), "\(found.stderr)")
        #expect(found.stderr.contains("plus 1 act(s) published since:"))
        #expect(found.stderr.contains("2024200597 of 2024-01-29, published 2024-02-09"))
    }

    @Test func everyCommandOfATimeline() throws {
        let db = try Self.index([CLI.corpus])
        for arguments in [["history", "--article", "2"], ["explain"], ["diff", "--from", "2016-01-01", "--to", "2024-01-01", "--article", "2"]] {
            let named = try CLI.run([arguments[0], CLI.corpus, "--act", "2015201234"] + arguments.dropFirst())
            let found = try CLI.run([arguments[0], "--corpus", db, "--act", "2015201234"] + arguments.dropFirst())
            #expect(found.status == 0, "\(arguments): \(found.stderr)")
            if arguments[0] == "explain" {
                // The index gives only the acts that amend this one: their lines, the same.
                let lines = Set(named.stdout.split(separator: "\n"))
                #expect(found.stdout.split(separator: "\n").allSatisfy(lines.contains), "\(found.stdout)")
                #expect(found.stdout.split(separator: "\n").count == 52) // 9 + 9 + 6 + 7 + 16 edits, + 5 aimed at the 2016 décret
            } else {
                #expect(found.stdout == named.stdout, "\(arguments)")
            }
        }
    }

    @Test func withoutAnActOrWithFiles() throws {
        let db = try Self.index([CLI.corpus])
        let noAct = try CLI.run(["consolidate", "--corpus", db])
        #expect(noAct.status == 1)
        #expect(noAct.stderr.contains("--corpus needs --act NUMAC"))
        let unknown = try CLI.run(["consolidate", "--corpus", db, "--act", "1999999999"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no act with numac 1999999999"))
        let missing = try CLI.run(["consolidate", "--corpus", "/nonexistent.sqlite", "--act", "2015201234"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no index at /nonexistent.sqlite"))
    }
}

/// Issue 17: --article takes every address form the model prints and parses.
@Suite("Units asked for by their address")
struct ArticleAddressTests {
    static func run(_ unit: String) throws -> CLI.Run {
        try CLI.run(["consolidate", CLI.corpus, "--act", "2015201234", "--at", "2024-01-01", "--article", unit])
    }

    @Test(arguments: ["3", "art. 3", "article 3", "Art. 3"])
    func anArticle(_ form: String) throws {
        let run = try Self.run(form)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Art. 3. § 1er. Pour être reconnue"))
        #expect(run.stdout.contains("§ 2."))
    }

    @Test(arguments: ["3, § 1, al. 2", "art. 3, § 1, al. 2", "article 3, § 1, alinéa 2"])
    func anAlinea(_ form: String) throws {
        let run = try Self.run(form)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Art. 3. § 1er. Les conditions mentionnées"))
        #expect(!run.stdout.contains("Pour être reconnue"))
    }

    @Test func aPointOfAPoint() throws {
        let run = try Self.run("2, 4°, b)")
        #expect(run.stdout == "Art. 2. Pour l'application du présent arrêté, on entend par :\n4° collection : l'ensemble des documents mis à la disposition du public, à savoir :\n   b) les documents sonores et audiovisuels;\n")
    }

    @Test func unitsThatDoNotExistNameThoseThatDo() throws {
        let paragraph = try Self.run("3, § 9")
        #expect(paragraph.status == 1)
        #expect(paragraph.stderr.contains("art. 3 has no § 9 (there: § 1, § 2)"))
        let malformed = try Self.run("art. 3§2")
        #expect(malformed.status == 1)
        #expect(malformed.stderr.contains("write 3, art. 3, 3, § 2"))
    }
}
