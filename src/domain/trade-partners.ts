/**
 * The exporter id of what an importer reports from partners its trade table does not name (ISO
 * 3166 user-assigned range): the importer's reported total from all partners less the partners
 * listed. It counts in the total and its shares, never as one supplier: not as the largest one
 * nor in a supplier HHI.
 */
export const UNNAMED_PARTNERS = 'XNP';
