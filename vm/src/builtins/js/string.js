// Self-hosted built-ins: string (being written).
(function ($) {
  'use strict';
});
