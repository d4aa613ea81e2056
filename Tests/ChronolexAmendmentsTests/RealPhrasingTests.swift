import ChronolexAmendments
import ChronolexModel
import Testing

/// Phrasings of real Moniteur acts (../shared/corpus/fedris-ar-2007/2024201246.amending.md)
/// that the first grammar did not read.
@Suite("Real phrasings")
struct RealPhrasingTests {
    @Test func historyClauseModifiedLastly() throws {
        let result = edits("Dans le même arrêté, modifié en dernier lieu par l'arrêté du Gouvernement du 11 mars 2018, il est inséré un chapitre 1er, comportant l'article 1er, intitulé : « Disposition générale ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .insert)
        #expect(edit.operation?.newUnit == "chapitre 1er")
        #expect(edit.operation?.newText == ["Disposition générale"])
        #expect(edit.history == ["modifié en dernier lieu par l'arrêté du Gouvernement du 11 mars 2018"])
        #expect(edit.notes == ["comportant l'article 1er"])
    }

    @Test func aDashCitedByItsPosition() throws {
        let result = edits("Dans l'article 5, troisième tiret, du même arrêté, les mots « dix » sont remplacés par les mots « douze ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.target.description == "art. 5, tiret 3")
    }

    @Test func aHistoryClauseWithoutItsClosingComma() throws {
        let result = edits("L'arrêté royal du 7 février 2018 déterminant les conditions d'un projet pilote, modifié en dernier lieu par l'arrêté royal du 20 septembre 2023 est abrogé.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .repeal)
        #expect(edit.targetAct?.kind == .arreteRoyal)
        #expect(edit.targetAct?.date?.iso == "2018-02-07")
    }
}

extension RealPhrasingTests {
    @Test func articlesNamedBeforeTheirVerb() throws {
        let result = edits("""
        Dans le chapitre 2, section 2, du même arrêté, les articles 13 à 14 rédigés comme suit, sont insérés :

        « Art. 13. Premier article.

        Art. 14. Second article. ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .insert)
        #expect(edit.operation?.newUnit == "articles 13 à 14")
        #expect(edit.target.description == "chapitre 2, section 2")
        #expect(edit.operation?.newText == ["Art. 13. Premier article.", "Art. 14. Second article."])
    }

    @Test func aTitleWithCoordinatedLaws() throws {
        let result = edits("L'intitulé de l'arrêté royal du 17 mai 2007 portant exécution de l'article 62bis des lois relatives à la prévention des maladies professionnelles, coordonnées le 3 juin 1970, est remplacé par ce qui suit :\n\n« Arrêté royal relatif à la prévention ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.target.description == "intitulé")
        #expect(edit.targetAct?.title?.hasSuffix("coordonnées le 3 juin 1970") == true)
    }

    @Test func aDerogationIsAProvisionNotAnInstruction() throws {
        let (result, _) = readAmending("""
        **Article 1er.** L'arrêté royal du 7 février 2018 relatif aux essais est abrogé.

        Par dérogation à l'alinéa 1er, les essais entamés sont poursuivis jusqu'à leur terme.
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.count == 1)
        #expect(result.diagnostics.map(\.description) == [
            "test.md:12: warning: Art. 1: not an amending instruction but a provision of this act («Par dérogation à l'alinéa 1er, les essai…»): not applied to any text",
        ])
    }
}

extension RealPhrasingTests {
    @Test func nothingToDoWithoutBrackets() throws {
        let result = edits("concerne le texte allemand.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.kind == .noop)
        #expect(result.edits.first?.operation?.language == "allemand")
    }

    @Test func theFinalSemicolonReplacedByAFullStop() throws {
        let result = edits("Dans l'article 5, 3°, le point-virgule en fin de phrase est remplacé par un point.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .replace)
        #expect(edit.target.words == ";")
        #expect(edit.operation?.newWords == ".")
    }
}

extension RealPhrasingTests {
    @Test func theOnlySentence() throws {
        let result = edits("Dans l'article 5, 2°, la phrase est complétée par les mots « et/ou à domicile ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.target.description == "art. 5, 2°, phrase")
        #expect(result.edits.first?.operation?.newWords == "et/ou à domicile")
    }
}
