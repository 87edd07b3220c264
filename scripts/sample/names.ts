// Invented first names for the generated residents of Larkspur Green. Labels are a first name
// and an initial ("Amara O."), the way a workshop would write them on a shared screen; none
// refers to a real person. Names already used by the hand-written cast are left out.
export const FIRST_NAMES: readonly string[] = [
  'Abdul', 'Ada', 'Adaeze', 'Agnes', 'Ahmed', 'Alfie', 'Alma', 'Amara', 'Anil', 'Aoife', 'Arthur', 'Asha', 'Barbara', 'Bashir',
  'Bea', 'Bilal', 'Blessing', 'Bogdan', 'Carmen', 'Cecil', 'Cerys', 'Clem', 'Connie', 'Darius', 'Deji', 'Delroy', 'Dilys',
  'Dimitri', 'Doreen', 'Duc', 'Ebony', 'Eddie', 'Eileen', 'Elijah', 'Elsie', 'Emeka', 'Enid', 'Esme', 'Fatima', 'Felix',
  'Florence', 'Folake', 'Frank', 'Gabriela', 'Gloria', 'Gordon', 'Gwen', 'Habib', 'Harriet', 'Hyacinth', 'Ibrahim', 'Ida',
  'Ike', 'Iris', 'Ivan', 'Jamal', 'Janet', 'Jasmin', 'Joan', 'Jude', 'Kamala', 'Kwame', 'Lakshmi', 'Leon', 'Lilian', 'Lionel',
  'Lorna', 'Mabel', 'Malcolm', 'Marek', 'Marisol', 'Matteo', 'Mavis', 'Mehmet', 'Millie', 'Naveen', 'Neville', 'Ngozi',
  'Noor', 'Norma', 'Olu', 'Omar', 'Pamela', 'Patrice', 'Percy', 'Phyllis', 'Rahim', 'Reggie', 'Rosa', 'Roxanne', 'Rufus',
  'Sabina', 'Samir', 'Selma', 'Sid', 'Sunita', 'Sylvia', 'Thi', 'Titus', 'Val', 'Vernon', 'Winston', 'Yusuf', 'Zainab', 'Zofia',
];

/** Initials used for surnames; a few letters are kept for the hand-written cast. */
export const INITIALS = 'ABCDFGHILMNOPRSTVWY';
