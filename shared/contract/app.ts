// Calls about the app itself: the demo pair shown on first start, the user's settings, what host runs us.
import { z } from 'zod';
import { call } from './define';
import type { UiLanguage } from '../i18n/resources';

export const uiLanguageSchema = z.enum(['en', 'he']);

/** One side of a text pair: the text as read from its file, and a name to show for it. */
export interface NamedText {
  readonly name: string;
  readonly text: string;
  /** BCP 47 tag of the text's language; decides the pane's direction (LESSONS.md 1), never the UI locale. */
  readonly language: 'en' | 'he';
}

/** The seed article and our English rendering of it, aligned line by line (shared/samples). */
export interface DemoPair {
  readonly source: NamedText;
  readonly target: NamedText;
}

export interface Settings {
  readonly uiLanguage: UiLanguage;
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** `electron`: native dialogs and menu exist. `web`: the UI offers its in-app file picker instead. */
  readonly host: 'electron' | 'web';
  readonly nativeDialogs: boolean;
}

export const appContract = {
  'app.demo': call<DemoPair>()(z.strictObject({})),
  'app.info': call<AppInfo>()(z.strictObject({})),
  'app.settings.get': call<Settings>()(z.strictObject({})),
  /**
   * The files the OS asked us to open (a `.nusach` double-clicked, a second launch with a file) that
   * the UI has not taken yet; taking them empties the queue. Call it on start and on `open-requested`.
   */
  'app.openRequests': call<readonly string[]>()(z.strictObject({})),
  /** Changes only the settings given; answers the settings now in force. */
  'app.settings.set': call<Settings>()(z.strictObject({ uiLanguage: uiLanguageSchema.optional() })),
};
