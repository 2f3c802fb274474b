# Employees and payroll: inheritance with extra state, overridden pay(), class constants, sorting and totals.
class Employee:
    raise_rate = 1.05
    next_id = 1

    def __init__(self, name, salary):
        self.name = name
        self.salary = salary
        self.id = Employee.next_id
        Employee.next_id += 1

    def pay(self):
        return round(self.salary / 12, 2)

    def apply_raise(self):
        self.salary = round(self.salary * self.raise_rate)

    def __repr__(self):
        return "%s(#%d %s %d)" % (type(self).__name__, self.id, self.name, self.salary)

class Manager(Employee):
    raise_rate = 1.10

    def __init__(self, name, salary, reports=None):
        super().__init__(name, salary)
        self.reports = list(reports or [])

    def add(self, emp):
        self.reports.append(emp)

    def pay(self):
        return round(super().pay() + 100 * len(self.reports), 2)

class Contractor(Employee):
    def __init__(self, name, rate, hours):
        super().__init__(name, 0)
        self.rate = rate
        self.hours = hours

    def pay(self):
        return self.rate * self.hours

    def apply_raise(self):
        self.rate += 5

devs = [Employee("ann", 60000), Employee("bo", 52000)]
boss = Manager("cy", 90000, devs)
temp = Contractor("di", 40, 120)
staff = devs + [boss, temp]
print(staff)
print([(e.name, e.pay()) for e in staff])
for e in staff:
    e.apply_raise()
print(staff, temp.rate)
print([(e.name, e.pay()) for e in staff])
boss.add(temp)
print(boss.pay(), len(boss.reports), [r.name for r in boss.reports])
print(round(sum([e.pay() for e in staff]), 2))
print([e.name for e in sorted(staff, key=lambda e: e.pay(), reverse=True)])
print(Employee.next_id, Manager.raise_rate, Contractor.raise_rate)
print([type(e).__name__ for e in staff if isinstance(e, Employee)], issubclass(Contractor, Manager))
