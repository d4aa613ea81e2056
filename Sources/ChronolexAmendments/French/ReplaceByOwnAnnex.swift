import ChronolexModel

/// "L'annexe du même arrêté est remplacée par l'annexe du présent arrêté": the new text
/// is not quoted but printed as the amending act's own annex. The form reads the
/// instruction; ``InstructionReader`` gives it the annex's text (or reports that the act
/// has none).
enum ReplaceByOwnAnnexForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit = clause.subject, case .annex? = clause.target.steps.last else { return nil }
        guard s.takeAuxiliary(), s.takeParticiple("remplac"), s.take("par") else { return nil }
        guard s.take("l'", "annexe") || s.take("les", "annexes") else { return nil }
        // "l'annexe 2 jointe au présent arrêté": which of this act's annexes.
        var number: String?
        if let token = s.peek(), token.startsWithDigit {
            number = OrdinalNumber.normalized(token.text)
            s.index += 1
        }
        _ = s.takeParticiple("joint") || s.takeParticiple("annex")
        guard s.take("du", "present") || s.take("de", "la", "presente") || s.take("au", "present") || s.take("a", "la", "presente") else { return nil }
        guard let noun = s.word(), CitationReader.actNouns.contains(noun) else { return nil }
        s.index += 1
        return [ClauseOutput(target: UnitReference(clause.target.steps), change: .replaceUnits(Fragment(blocks: [], content: .text)),
                             notes: ["remplacée par l'annexe \(number.map { $0 + " " } ?? "")du présent acte"], byOwnAnnex: true, ownAnnex: number)]
    }
}
