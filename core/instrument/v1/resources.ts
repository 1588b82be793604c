/** Version 1: the resources of the value case (what a partner brings and hopes to get). */
import type { Option } from '../types';
import { option } from './text';

/** The resources a partner can bring or hope to get: one list for both value-case questions. */
export const resources: readonly Option[] = [
  option('funding', 'Geld en financiering', 'Money and funding'),
  option('expertise', 'Kennis en expertise', 'Knowledge and expertise'),
  option('staff_capacity', 'Mensen en uren', 'People and working hours'),
  option('data', 'Gegevens en cijfers', 'Data and figures'),
  option(
    'target_group_access',
    'Contact met de doelgroep, zoals inwoners, cliënten of klanten',
    'Access to the target group, such as residents, clients or customers',
  ),
  option('mandate', 'Bevoegdheden en vergunningen', 'Authority and permits'),
  option('facilities', 'Ruimte, gebouwen of een locatie', 'Space, buildings or a location'),
  option('network', 'Een netwerk van contacten', 'A network of contacts'),
  option('technology', 'Technologie en systemen', 'Technology and systems'),
  option('policy_influence', 'Invloed op beleid en regels', 'Influence on policy and rules'),
  option('reputation', 'Een goede naam', 'A good reputation'),
  option('future_talent', 'Nieuwe mensen voor later, zoals stagiairs en leerlingen', 'Future staff, such as trainees and students'),
];
