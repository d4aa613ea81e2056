import Testing

/// Look 30: `diff --article` and `history --article` with a unit inside an article said
/// something false about the act (« art. 2, al. 1 is in neither version », « art. 3, § 2
/// never existed in this act »); they show whole articles, and now say so.
@Suite("Look 30: --article of diff and history")
struct Look30CommandTests {
    @Test(arguments: [
        ["diff", CLI.corpus, "--act", "2015201234", "--from", "2017-01-01", "--to", "2023-01-01", "--article", "10, § 2"],
        ["history", CLI.corpus, "--act", "2015201234", "--article", "10, § 2"],
    ])
    func aUnitInsideAnArticle(_ arguments: [String]) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 1)
        #expect(run.stderr.contains("--article 10, § 2: \(arguments[0]) shows whole articles: give the article alone (10)"), "\(run.stderr)")
        #expect(!run.stderr.contains("never existed") && !run.stderr.contains("neither version"))
    }

    @Test func anAddressThatDoesNotRead() throws {
        let run = try CLI.run(["history", CLI.corpus, "--act", "2015201234", "--article", ""])
        #expect(run.status == 1)
        #expect(run.stderr.contains("--article : "), "\(run.stderr)")
    }

    /// « art. 10 » is article 10, as `consolidate` reads it.
    @Test func anArticleWrittenWithItsWord() throws {
        let plain = try CLI.run(["history", CLI.corpus, "--act", "2015201234", "--article", "10"])
        let written = try CLI.run(["history", CLI.corpus, "--act", "2015201234", "--article", "art. 10"])
        #expect(plain.status == 0 && written.status == 0, "\(written.stderr)")
        #expect(written.stdout == plain.stdout)
    }
}

/// Look 30: `diff --timeline` of a Justel state word-diffed Chronolex's own placeholder
/// (« (Texte antérieur au … absent des textes donnés …) ») as a change of the law.
@Suite("Look 30: diff --timeline of a text not in the input")
struct Look30TimelineGapTests {
    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func aJustelStateAlone() throws {
        let run = try CLI.run(["diff", CheckCommandTests.fedris + "/2007022782.v005-2024.md", "--timeline", "--article", "2"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty, "\(run.stdout)")
        #expect(run.stderr.contains("the text of art. 2 before") && run.stderr.contains("is not in the input"), "\(run.stderr)")
    }
}

/// Look 30: `diff --from` a day before the act is in force showed every article
/// « inserted », without an act and without a word; `consolidate` refuses that day.
@Suite("Look 30: diff from before the act is in force")
struct Look30DiffBeforeTheActTests {
    @Test func saidAsConsolidateSaysIt() throws {
        let run = try CLI.run(["diff", "Corpus", "--act", "2015201234", "--from", "2010-01-01", "--to", "2020-01-01"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("the act is not in force on 2010-01-01: it is in force from 2015-"), "\(run.stderr)")
    }
}

/// Look 30: `diff --timeline --article 4/1` of an article inserted by an amending act
/// printed nothing, exit 0; `history` showed its version and the act that made it.
@Suite("Look 30: diff --timeline of an inserted article")
struct Look30InsertedTimelineTests {
    @Test func itsInsertionIsItsFirstStep() throws {
        let run = try CLI.run(["diff", "Corpus", "--act", "2015201234", "--timeline", "--article", "4/1", "--color", "never"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("@@ art. 4/1 (inserted)"), "\(run.stdout)")
        #expect(run.stdout.contains("<- "), "\(run.stdout)")
    }
}
