// The meetings area's texts, Swedish and English (kept in six files to stay readable).
import { defineMessages } from '../../i18n';
import { sv } from './messages.sv';
import { en } from './messages.en';
import { svMinutes } from './messages.minutes.sv';
import { enMinutes } from './messages.minutes.en';
import { svMore } from './messages.more.sv';
import { enMore } from './messages.more.en';

export const messages = defineMessages({ ...sv, ...svMinutes, ...svMore }, { ...en, ...enMinutes, ...enMore });
