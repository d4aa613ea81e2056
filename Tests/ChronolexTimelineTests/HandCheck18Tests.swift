import ChronolexAmendments
import ChronolexModel
import Testing

/// Hand check 18 (a probe of the older, general forms on a frozen build of 8599473): each
/// case was applied without a word, the text coming out wrong; each is now right or said.
@Suite("Hand check 18's probes")
struct HandCheck18Tests {
    static let cited = "de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"

    static func amending(_ body: String) -> String { OperationTests.amending("**Art. 1er.** " + body) }

    /// « … relatif aux essais, le dernier alinéa est remplacé » took « le dernier alinéa »
    /// into the cited title and replaced the whole article.
    @Test func aPlaceByItsRankAfterTheTitle() throws {
        let base = baseAct("**Article 1er.** Alinéa un.\n\nAlinéa deux.\n\nAlinéa trois.\n\n**Art. 2.** Texte deux.")
        let replaced = try Fixture(base: base, amending: [Self.amending("Dans l'article 1er \(Self.cited), le dernier alinéa est remplacé par ce qui suit : « Nouveau dernier alinéa. »")])
        #expect(replaced.failures.isEmpty, "\(replaced.failures)")
        #expect(replaced.text("1", at: "2021-06-01") == "Article 1er. Alinéa un.\nAlinéa deux.\nNouveau dernier alinéa.\n")
        let words = try Fixture(base: base, amending: [Self.amending("Dans l'article 1er \(Self.cited), au dernier alinéa, le mot « deux » est remplacé par le mot « trois ».")])
        #expect(words.failures == ["Art. 1: words « deux » not found in art. 1, al. 3 on 2021-01-01"], "\(words.failures)")
        #expect(words.timeline.outcomes.first?.edit.targetAct?.title == "relatif aux essais")
    }

    /// « les 2° et 3° sont abrogés » with a 2°bis between them repealed it too.
    @Test func twoUnitsWithAnotherBetween() throws {
        let base = baseAct("**Article 1er.** Le comité comprend :\n\n1° le président;\n\n2° le secrétaire;\n\n2°bis le trésorier;\n\n3° les membres.\n\n**Art. 2.** Texte deux.")
        let fixture = try Fixture(base: base, amending: [Self.amending("Dans l'article 1er \(Self.cited), les 2° et 3° sont abrogés.")])
        #expect(fixture.failures == ["Art. 1: 2°bis stands between 2° and 3°, which the instruction names as two that follow each other (« et » and « à » are read alike there): whether it is meant too cannot be told; not applied"])
        #expect(fixture.text("1", at: "2021-06-01")?.contains("2°bis le trésorier;") == true)
        // Two that follow each other with nothing between: applied, as before.
        let plain = try Fixture(base: base, amending: [Self.amending("Dans l'article 1er \(Self.cited), les 1° et 2° sont abrogés.")])
        #expect(plain.failures.isEmpty, "\(plain.failures)")
        // Paragraphs, the same refusal in the same words, naming what stands between.
        let paragraphs = baseAct("**Article 1er.** § 1er. Un.\n\n§ 2. Deux.\n\n§ 2/1. Deux bis.\n\n§ 3. Trois.\n\n**Art. 2.** Texte deux.")
        let refused = try Fixture(base: paragraphs, amending: [Self.amending("Dans l'article 1er \(Self.cited), les §§ 2 et 3 sont abrogés.")])
        #expect(refused.failures == ["Art. 1: § 2/1 stands between § 2 and § 3, which the instruction names as two that follow each other (« et » and « à » are read alike there): whether it is meant too cannot be told; not applied"])
        #expect(refused.text("1", at: "2021-06-01")?.contains("§ 2/1. Deux bis.") == true)
    }

    /// « il est inséré un 2°/1 » went after the 4°; « un a/1) » after the c).
    @Test func aPointNumberedWithASlash() throws {
        let base = baseAct("**Article 1er.** Le dossier comprend :\n\n1° la demande, avec :\n\na) le nom;\n\nb) l'adresse;\n\n2° le budget;\n\n3° le rapport.\n\n**Art. 2.** Texte deux.")
        let point = try Fixture(base: base, amending: [Self.amending("Dans l'article 1er \(Self.cited), il est inséré un 2°/1 rédigé comme suit : « 2°/1 le nouveau; »")])
        #expect(point.failures.isEmpty, "\(point.failures)")
        #expect(point.text("1", at: "2021-06-01")?.contains("2° le budget;\n2°/1 le nouveau;\n3° le rapport.") == true, "\(point.text("1", at: "2021-06-01") ?? "")")
        let letter = try Fixture(base: base, amending: [Self.amending("Dans l'article 1er, 1°, \(Self.cited), il est inséré un a/1) rédigé comme suit : « a/1) le prénom; »")])
        #expect(letter.failures.isEmpty, "\(letter.failures)")
        #expect(letter.text("1", at: "2021-06-01")?.contains("a) le nom;\n   a/1) le prénom;\n   b) l'adresse;") == true, "\(letter.text("1", at: "2021-06-01") ?? "")")
    }

    /// « … visé au § 1er. Il est motivé. Il est daté. »: the sentence ends after « § 1er. ».
    @Test func aSentenceEndingWithAParagraphNumber() throws {
        let base = baseAct("**Article 1er.** § 1er. La demande est introduite par écrit.\n\n§ 2. Le recours est introduit dans le délai visé au § 1er. Il est motivé. Il est daté.\n\n**Art. 2.** Texte deux.")
        let fixture = try Fixture(base: base, amending: [Self.amending("Dans l'article 1er, § 2, \(Self.cited), la deuxième phrase est remplacée par ce qui suit : « Il est signé. »")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01")?.contains("visé au § 1er. Il est signé. Il est daté.") == true, "\(fixture.text("1", at: "2021-06-01") ?? "")")
    }
}
