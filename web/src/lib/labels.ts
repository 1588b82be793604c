/**
 * Names for the organiser's choices, in Dutch and English: collaboration functions, sectors, link
 * scopes. Shared by the set-up, organiser and partner-contact pages.
 */
import { type LinkScope, linkAddress } from '../../../core/links';
import type { CollaborationFunction, Sector } from '../../../core/schemas/partnership';
import type { Language, Localized } from './i18n';

export type { CollaborationFunction, Sector };

export const functionLabels: Record<CollaborationFunction, Localized> = {
  strategic_alignment: { nl: 'Strategische afstemming', en: 'Strategic alignment' },
  operational_alignment: { nl: 'Operationele afstemming', en: 'Operational alignment' },
  joint_development: { nl: 'Samen ontwikkelen', en: 'Joint development' },
  procurement: { nl: 'Inkoop', en: 'Procurement' },
};

export const sectorLabels: Record<Sector, Localized> = {
  public: { nl: 'Publiek (overheid)', en: 'Public (government)' },
  private: { nl: 'Privaat (bedrijf)', en: 'Private (company)' },
  civil_society: { nl: 'Maatschappelijke organisatie', en: 'Civil society' },
  knowledge_institution: { nl: 'Kennisinstelling', en: 'Knowledge institution' },
  hybrid: { nl: 'Hybride', en: 'Hybrid' },
};

/** The languages a survey or a text can be in, named in the reader's language. */
export const languageLabels: Record<Language, Localized> = {
  nl: { nl: 'Nederlands', en: 'Dutch' },
  en: { nl: 'Engels', en: 'English' },
};

export const scopeLabels: Record<LinkScope, Localized> = {
  organiser: { nl: 'Organisator', en: 'Organiser' },
  report: { nl: 'Rapport lezen', en: 'Report reader' },
  lead: { nl: 'Rapport en afspraken (voorzitter)', en: 'Report and agreements (lead)' },
  partner_contact: { nl: 'Contactpersoon partner', en: 'Partner contact' },
  respondent_open: { nl: 'Open link respondenten', en: 'Open respondent link' },
  respondent_single: { nl: 'Persoonlijke link (eenmalig)', en: 'Personal link (single use)' },
};

/** The full address of a link on this platform. */
export const linkUrl = (scope: LinkScope, secret: string) => linkAddress(location.origin, scope, secret);
