// the units durationFigure and statedDuration give a length in
const TIME_UNITS: readonly string[] = ['Sekunde', 'Minute', 'Stunde', 'Tag', 'Woche', 'Monat', 'Jahr'];

/**
 * What a measure measures, by the noun a sentence names for it (lower-case; compounds end in it:
 * "Rheinpegel", "Starkregen", "Orkanböen"): the subject of a figure in one of the listed units, so that the
 * same quantity reported in different sentences shares one subject ("der Pegel … 9,40 Meter", "mit 10,20
 * Metern am Pegel").
 */
export const MEASURED_NOUNS: Readonly<Record<string, { label: string; units: readonly string[] }>> = {
  pegel: { label: 'Pegel', units: ['Meter', 'Zentimeter'] },
  pegelstand: { label: 'Pegel', units: ['Meter', 'Zentimeter'] },
  wasserstand: { label: 'Pegel', units: ['Meter', 'Zentimeter'] },
  niederschlag: { label: 'Niederschlag', units: ['Liter', 'Millimeter'] },
  niederschläge: { label: 'Niederschlag', units: ['Liter', 'Millimeter'] },
  regen: { label: 'Niederschlag', units: ['Liter', 'Millimeter'] },
  regenmenge: { label: 'Niederschlag', units: ['Liter', 'Millimeter'] },
  regenmengen: { label: 'Niederschlag', units: ['Liter', 'Millimeter'] },
  schnee: { label: 'Schnee', units: ['Zentimeter', 'Meter'] },
  schneehöhe: { label: 'Schnee', units: ['Zentimeter', 'Meter'] },
  temperatur: { label: 'Temperatur', units: ['Grad'] },
  temperaturen: { label: 'Temperatur', units: ['Grad'] },
  höchstwerte: { label: 'Temperatur', units: ['Grad'] },
  tiefstwerte: { label: 'Temperatur', units: ['Grad'] },
  böen: { label: 'Wind', units: ['km/h'] },
  windgeschwindigkeit: { label: 'Wind', units: ['km/h'] },
  windgeschwindigkeiten: { label: 'Wind', units: ['km/h'] },
  wind: { label: 'Wind', units: ['km/h'] },
  // durations a sentence measures ("verkürzt die Fahrzeit von 112 auf 41 Minuten")
  fahrzeit: { label: 'Fahrzeit', units: TIME_UNITS },
  reisezeit: { label: 'Fahrzeit', units: TIME_UNITS },
  flugzeit: { label: 'Flugzeit', units: TIME_UNITS },
  wartezeit: { label: 'Wartezeit', units: TIME_UNITS },
  bauzeit: { label: 'Bauzeit', units: TIME_UNITS },
  laufzeit: { label: 'Laufzeit', units: TIME_UNITS },
  amtszeit: { label: 'Amtszeit', units: TIME_UNITS },
  haftstrafe: { label: 'Haftstrafe', units: TIME_UNITS },
  freiheitsstrafe: { label: 'Haftstrafe', units: TIME_UNITS },
};
