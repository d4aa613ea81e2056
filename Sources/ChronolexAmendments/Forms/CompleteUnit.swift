import ChronolexModel

/// "L'article 137 est complété par un alinéa rédigé comme suit", "le § 1er est complété
/// par un alinéa", "l'article est complété par un § 3", "l'alinéa est complété par un
/// 11°"; Dutch "wordt aangevuld met een lid, luidende": a unit appended at the end of
/// the target.
enum CompleteUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit = clause.subject else { return nil }
        guard s.takeAuxiliary() || s.takeAny(["wordt", "worden"]) != nil else { return nil }
        guard (s.takeParticiple("complet") && s.take("par")) || s.take("aangevuld", "met"),
              let unit = NewUnit.read(&s) else { return nil }
        // "par une section 4, comportant les articles 119.1 à 119.3, intitulée comme suit".
        let notes = NewUnit.readContents(&s)
        let announced = NewText.takeAnnouncement(&s)
        let text = try NewText.read(&s, announced: announced, partial: ClauseOutput(target: EditTarget(parts: clause.target),
                                                                                      operation: Operation(.insert, newUnit: unit.name, count: unit.count, position: .end)))
        return [ClauseOutput(target: EditTarget(parts: clause.target),
                             operation: Operation(.insert, newUnit: unit.name, count: unit.count, newText: text, position: .end),
                             notes: notes)]
    }
}
