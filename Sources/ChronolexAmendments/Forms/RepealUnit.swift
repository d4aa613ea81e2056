import ChronolexModel

/// "l'alinéa 2 est abrogé", "le 1° est abrogé", "le § 3 est abrogé", "L'article 20 est
/// abrogé", "Les articles 5 à 9 sont abrogés", "le troisième alinéa est supprimé", and
/// "Après le mot « X », la fin de la première phrase … est supprimée". A repealed unit
/// stays visible as repealed; later units keep their numbers.
enum RepealUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        var position: Position?
        switch clause.subject {
        case .unit: break
        case .endOf:
            position = clause.anchor ?? .end
        default: return nil
        }
        guard s.takeAuxiliary() || s.takeAny(["wordt", "worden"]) != nil else { return nil }
        guard s.takeParticiple("abrog") || s.takeParticiple("supprim") || s.take("opgeheven") else { return nil }
        return [ClauseOutput(target: EditTarget(parts: clause.target, through: clause.through), operation: Operation(.repeal, position: position))]
    }
}
