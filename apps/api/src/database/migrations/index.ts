import { CreateAccessTables1764878400000 } from './1764878400000-CreateAccessTables';
import { AddLoginProtectionAndSecurityEvents1764964800000 } from './1764964800000-AddLoginProtectionAndSecurityEvents';
import { AddAdminConsole1765051200000 } from './1765051200000-AddAdminConsole';
import { AddAddressRequests1765137600000 } from './1765137600000-AddAddressRequests';
import { AddThrottleCounters1765224000000 } from './1765224000000-AddThrottleCounters';

// In order; listed explicitly because the API is bundled by webpack.
export const MIGRATIONS = [
  CreateAccessTables1764878400000,
  AddLoginProtectionAndSecurityEvents1764964800000,
  AddAdminConsole1765051200000,
  AddAddressRequests1765137600000,
  AddThrottleCounters1765224000000,
];
