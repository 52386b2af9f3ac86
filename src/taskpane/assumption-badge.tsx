/** The "aanname" badge: a default that is an assumption, to be replaced by the school's figure. */

import * as React from 'react';
import { Badge } from '@fluentui/react-components';
import { useI18n } from './i18n';

export function AssumptionBadge(): React.JSX.Element {
  const { s } = useI18n();
  return (
    <Badge appearance="tint" color="warning" size="small" title={s.assumptionTitle}>
      {s.assumption}
    </Badge>
  );
}
