import Foundation
import Testing

/// Look 33: `diff` between two dates showed a division inside another (« Titre 2, Chapitre
/// 3 ») repealed or renamed with no act, where a chapter at the act's top had its act.
@Suite("Look 33: the act beside a division changed")
struct Look33CommandTests {
    static let base = """
        ---
        title-fr: "Arrêté royal relatif aux jardins partagés"
        date: 2010-03-01
        number: 2010009001
        publication: 2010-03-15
        starts: 2010-04-01
        ---

        ### TITRE 1er. - Généralités

        #### CHAPITRE 2. - Reconnaissance

        **Art. 3.** Le jardin compte au moins dix membres.

        ### TITRE 2. - Subventions

        #### CHAPITRE 3. - Montants

        **Art. 7.** La subvention s'élève à cent euros.

        """

    static func amending(_ body: String) -> String {
        """
        ---
        title-fr: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux jardins partagés"
        date: 2012-02-01
        number: 2012009001
        publication: 2012-02-10
        modifies: 2010009001
        ---

        \(body)

        **Art. 3.** Le présent arrêté entre en vigueur le 1er mars 2012.

        """
    }

    @Test func aNestedDivisionRenamedOrRepealedHasItsAct() throws {
        let base = try CLI.temporaryFile("look33-base.md", Array(Self.base.utf8))
        let amending = try CLI.temporaryFile("look33-amending.md", Array(Self.amending("""
            **Article 1er.** L'intitulé du chapitre 2 de l'arrêté royal du 1er mars 2010 relatif aux jardins partagés est remplacé par ce qui suit : « Agrément ».

            **Art. 2.** Le chapitre 3 du même arrêté, comportant l'article 7, est abrogé.
            """).utf8))
        let run = try CLI.run(["diff", base, amending, "--from", "2012-01-01", "--to", "2012-03-01"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("@@ Titre 1, Chapitre 2 (changed)\nCHAPITRE 2. - [-Reconnaissance-]{+Agrément+}\n  <- AR 2012009001, art. 1;"), "\(run.stdout)")
        #expect(run.stdout.contains("@@ Titre 2, Chapitre 3 (repealed)\n[-CHAPITRE 3. - Montants-] {+(...)+}\n  <- AR 2012009001, art. 2;"), "\(run.stdout)")
    }
}

extension Look33CommandTests {
    /// Look 33: `history` of the whole act never showed a change of the title or of a
    /// division; they come first now, each with its act (JSON: `structure`).
    @Test func theWholeActsHistoryShowsTitleAndDivisions() throws {
        let base = try CLI.temporaryFile("look33-history-base.md", Array(Self.base.utf8))
        let amending = try CLI.temporaryFile("look33-history-amending.md", Array(Self.amending("""
            **Article 1er.** L'intitulé du chapitre 2 de l'arrêté royal du 1er mars 2010 relatif aux jardins partagés est remplacé par ce qui suit : « Agrément ».

            **Art. 2.** Le chapitre 3 du même arrêté, comportant l'article 7, est abrogé.
            """).utf8))
        let run = try CLI.run(["history", base, amending])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("""
            2012-03-01  Titre 1, Chapitre 2: CHAPITRE 2. - Agrément  arrêté royal du 1er février 2012, art. 1, published 2012-02-10
            2012-03-01  Titre 2, Chapitre 3 (repealed): CHAPITRE 3. - Montants (Abrogé)  arrêté royal du 1er février 2012, art. 2, published 2012-02-10

            """), "\(run.stdout)")
        let one = try CLI.run(["history", base, amending, "--article", "3"])
        #expect(!one.stdout.contains("Chapitre"), "\(one.stdout)")
        let json = try CLI.run(["history", base, amending, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        let structure = try #require(object["structure"] as? [[String: Any]])
        #expect(structure.map { "\($0["unit"] ?? ""):\($0["status"] ?? "")" } == ["Titre 1, Chapitre 2:in-force", "Titre 2, Chapitre 3:repealed"])
    }
}
