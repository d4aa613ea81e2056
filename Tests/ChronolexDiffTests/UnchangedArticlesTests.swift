import ChronolexModel
import ChronolexReaders
import Testing
@testable import ChronolexDiff

/// The diff does not flatten the articles whose words are the same in both versions
/// (`UnitTree.sameWords`): these tests check that the shortcut finds what flattening every
/// article finds, where the two could part ways.
@Suite("Articles of the same words")
struct UnchangedArticlesTests {
    /// The diff, and the diff with every article flattened beforehand: they must agree.
    func bothWays(_ old: String, _ new: String, article: String? = nil,
                  sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ActDiff {
        let oldAct = try readAct(old, file: "old.md"), newAct = try readAct(new, file: "new.md")
        let from = ActDiff.Side(label: "old.md", file: "old.md"), to = ActDiff.Side(label: "new.md", file: "new.md")
        let quick = ActDiffer.diff(old: oldAct, new: newAct, from: from, to: to, attributions: nil, article: article,
                                   flatteningEveryArticle: false)
        let full = ActDiffer.diff(old: oldAct, new: newAct, from: from, to: to, attributions: nil, article: article,
                                  flatteningEveryArticle: true)
        #expect(quick == full, sourceLocation: sourceLocation)
        #expect(TextDiffRenderer.render(quick, style: .plain) == TextDiffRenderer.render(full, style: .plain), sourceLocation: sourceLocation)
        return quick
    }

    func summary(_ diff: ActDiff) -> [String] {
        diff.changes.map { "\($0.kind.rawValue) \($0.oldAddress ?? "-") > \($0.newAddress ?? "-")" }
    }

    @Test func theLibrariesActBothWays() throws {
        _ = try bothWays(libraries2019, libraries2023)
        _ = try bothWays(libraries2023, libraries2019)
        _ = try bothWays(libraries2019, libraries2023, article: "9")
    }

    @Test func sameWordsOtherStructure() throws {
        // The same words, once in two §, once in two alinéas, once an alinéa and its points.
        let old = frontMatter + """
        **Art. 3.** § 1er. Le ministre statue.

        § 2. Il notifie sa décision.

        **Art. 4.** Le ministre statue.

        Il notifie sa décision.

        **Art. 5.** Sont exclus :

        1° les dépenses d'investissement;

        2° les amortissements.

        """
        let new = frontMatter + """
        **Art. 3.** Le ministre statue.

        Il notifie sa décision.

        **Art. 4.** § 1er. Le ministre statue.

        § 2. Il notifie sa décision.

        **Art. 5.** Sont exclus :

        a) les dépenses d'investissement;

        b) les amortissements.

        """
        let diff = try bothWays(old, new)
        #expect(!diff.changes.isEmpty)
        #expect(Set(diff.changes.compactMap(\.article)) == ["3", "4", "5"], "\(summary(diff))")
    }

    @Test func sameWordsOtherNumberOrStatus() throws {
        let old = frontMatter + """
        **Art. 6.** § 1er. Le ministre statue.

        § 2. Il notifie sa décision.

        **Art. 7.** Le ministre statue.

        **Art. 8.** Le ministre peut retirer la reconnaissance.

        """
        // § 2 becomes § 3; art. 7 is repealed; art. 8 moves to another chapter, unchanged.
        let new = frontMatter + """
        **Art. 6.** § 1er. Le ministre statue.

        § 3. Il notifie sa décision.

        **Art. 7.** (Abrogé)

        ### CHAPITRE 2. - Retrait

        **Art. 8.** Le ministre peut retirer la reconnaissance.

        """
        let diff = try bothWays(old, new)
        let found = summary(diff)
        #expect(found.contains("renumbered art. 6, § 2 > art. 6, § 3"), "\(found)")
        #expect(found.contains("repealed art. 7 > art. 7"), "\(found)")
        #expect(!found.contains { $0.contains("art. 8") }, "\(found)")
    }

    @Test func articleRenumberedInsertedOrGone() throws {
        let old = frontMatter + """
        **Art. 1er.** Le présent arrêté règle la reconnaissance.

        **Art. 2.** Le ministre statue dans les soixante jours.

        Il notifie sa décision.

        **Art. 3.** Le secrétariat est assuré par le département.

        **Art. 5.** Le ministre fixe les modalités.

        """
        // Art. 2 becomes 2/1 with the same words; art. 3 is gone; art. 4 is new; art. 5 stays.
        let new = frontMatter + """
        **Article 1.** Le présent arrêté règle la reconnaissance.

        **Art. 2/1.** Le ministre statue dans les soixante jours.

        Il notifie sa décision.

        **Art. 4.** Le ministre peut retirer la reconnaissance.

        **Art. 5.** Le ministre fixe les modalités.

        """
        let diff = try bothWays(old, new)
        let found = summary(diff)
        #expect(found.contains("renumbered art. 2 > art. 2/1"), "\(found)")
        #expect(found.contains("inserted - > art. 4"), "\(found)")
        #expect(found.contains("removed art. 3 > -"), "\(found)")
        #expect(!found.contains { $0.contains("art. 5") }, "\(found)")
        #expect(!found.contains { $0.contains("art. 1 ") || $0.hasSuffix("art. 1") }, "\(found)")
        _ = try bothWays(new, old)
    }

    @Test func sameWordsCheckedByteForByte() throws {
        let article = try readAct(frontMatter + "**Art. 2.** Le ministre statue.\n\n1° les dépenses;\n\n2° les frais.\n")
        let moved = try readAct(frontMatter + "\n\n**Art. 2.** Le ministre statue.\n\n1° les dépenses;\n\n2° les frais.\n")
        let other = try readAct(frontMatter + "**Art. 2.** Le ministre statue.\n\n1° les dépenses;\n\n2° les fraís.\n")
        #expect(UnitTree.sameWords(article.articles[0], moved.articles[0]))
        #expect(!UnitTree.sameWords(article.articles[0], other.articles[0]))
    }
}
