/** The words of the answer formats, in Dutch and English (one export each, as in ../text.ts). */
export const dontKnow = { nl: 'Weet ik niet', en: "Don't know" };
export const noneOfThese = { nl: 'Geen van deze', en: 'None of these' };
export const chosen = { nl: '{n} van de {max} gekozen', en: '{n} of {max} chosen' };
export const agreement = [
  { nl: 'Helemaal oneens', en: 'Strongly disagree' },
  { nl: 'Oneens', en: 'Disagree' },
  { nl: 'Niet eens, niet oneens', en: 'Neither agree nor disagree' },
  { nl: 'Eens', en: 'Agree' },
  { nl: 'Helemaal eens', en: 'Strongly agree' },
];
export const importanceLow = { nl: 'Niet belangrijk', en: 'Not important' };
export const importanceHigh = { nl: 'Heel belangrijk', en: 'Very important' };
export const intensityLow = { nl: 'Niet gevoeld', en: 'Not felt' };
export const intensityHigh = { nl: 'Heel sterk gevoeld', en: 'Felt very strongly' };
// Every option names both poles, so a screen reader user hears where on the scale it sits.
export const bipolar = [
  { nl: '1 van 7, helemaal: {left} (tegenpool: {right})', en: '1 of 7, fully: {left} (opposite pole: {right})' },
  { nl: '2 van 7, duidelijk: {left} (tegenpool: {right})', en: '2 of 7, clearly: {left} (opposite pole: {right})' },
  { nl: '3 van 7, een beetje: {left} (tegenpool: {right})', en: '3 of 7, slightly: {left} (opposite pole: {right})' },
  { nl: '4 van 7, precies in het midden tussen {left} en {right}', en: '4 of 7, exactly in the middle between {left} and {right}' },
  { nl: '5 van 7, een beetje: {right} (tegenpool: {left})', en: '5 of 7, slightly: {right} (opposite pole: {left})' },
  { nl: '6 van 7, duidelijk: {right} (tegenpool: {left})', en: '6 of 7, clearly: {right} (opposite pole: {left})' },
  { nl: '7 van 7, helemaal: {right} (tegenpool: {left})', en: '7 of 7, fully: {right} (opposite pole: {left})' },
];
export const pointsLeft = { nl: 'Nog te verdelen: {n} punten', en: 'Points left: {n}' };
export const pointsOver = { nl: 'U heeft {n} punten te veel verdeeld', en: 'You have given {n} points too many' };
export const pointsDone = { nl: 'Alle 100 punten zijn verdeeld', en: 'All 100 points are given' };
export const points = { nl: '{n} punten', en: '{n} points' };
export const characters = { nl: '{n} van {max} tekens', en: '{n} of {max} characters' };
export const optional = { nl: '(mag u overslaan)', en: '(optional)' };
export const clear = { nl: 'Antwoord wissen', en: 'Clear answer' };
